/**
 * Property-based tests: the pure functions that see untrusted text (slugs, typography, search
 * queries, form and URL parsing) take any string — invalid UTF-16, NUL bytes, huge inputs — and
 * never throw, and their outputs keep their promises.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from './content/render-body';
import { parseParisDateTime } from './french/dates';
import { isValidSlug, slugify } from './french/slug';
import { applyFrenchTypography } from './french/typography';
import { buildSearchQuery, highlightToHtml, QUERY_MAX_LENGTH, QUERY_MAX_WORDS } from './search/query';
import { parseArticleForm, ZUpdateEntry } from './validation/article';
import { safeCallbackPath } from './validation/callback';
import { parsePage, parseSlug } from './validation/public-params';

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 2_000 }),
);
const RUNS = { numRuns: 400 };

describe('untrusted text never breaks the pure functions', () => {
  it('slugify always yields a valid slug', () => {
    fc.assert(
      fc.property(anyText, (text) => isValidSlug(slugify(text))),
      RUNS,
    );
  });

  it('parseSlug accepts only valid slugs', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const slug = parseSlug(text);
        return slug === null || isValidSlug(slug);
      }),
      RUNS,
    );
  });

  it('typography is total and idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = applyFrenchTypography(text);
        return applyFrenchTypography(once) === once;
      }),
      RUNS,
    );
  });

  it('search queries stay bounded and highlights stay escaped', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const query = buildSearchQuery(text);
        if (query) {
          expect(query.text.length).toBeLessThanOrEqual(QUERY_MAX_LENGTH);
          expect(query.words.length).toBeLessThanOrEqual(QUERY_MAX_WORDS);
        }
        expect(highlightToHtml(text)).not.toMatch(/<(?!\/?mark>)/);
      }),
      RUNS,
    );
  });

  it('bodies render without raw HTML whatever they contain', () => {
    fc.assert(
      fc.property(anyText, (text) => !/<(script|img|iframe|svg|style)\b/i.test(renderBodyHtml(text))),
      RUNS,
    );
  });

  it('URL parameters and dates parse or refuse, never throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const page = parsePage(text, 100);
        expect(page === null || (Number.isInteger(page) && page >= 1 && page <= 100)).toBe(true);
        const date = parseParisDateTime(text);
        expect(date === null || !Number.isNaN(date.getTime())).toBe(true);
        expect(safeCallbackPath(text)).toMatch(/^\/admin/);
      }),
      RUNS,
    );
  });

  it('the article form and the update entry refuse garbage with French messages', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('title', 'chapo', 'body', 'rubriqueId', 'slug', 'placement', 'related', 'status', 'authorId'),
          anyText,
        ),
        (fields) => {
          const form = new FormData();
          for (const [k, v] of Object.entries(fields)) form.set(k, v);
          const parsed = parseArticleForm(form);
          if (!parsed.success) for (const issue of parsed.error.issues) expect(issue.message).toMatch(/[a-zàâçéèêëîïôûùüÿœ’]/i);
          else {
            expect(parsed.data.title.length).toBeGreaterThan(0);
            expect(parsed.data.title).not.toContain('\u0000');
            expect(Object.keys(parsed.data)).not.toContain('status');
          }
          const entry = ZUpdateEntry.safeParse({ kind: fields.placement, note: fields.body });
          expect(typeof entry.success).toBe('boolean');
        },
      ),
      RUNS,
    );
  });
});
