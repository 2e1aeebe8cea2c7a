import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { keyFor, noteKeys } from '../cache/keys';
import { readDb } from '../db';
import { highlightToHtml, MARK_END, MARK_START, type TSearchQuery, withEllipses } from '../search/query';
import { articleHref } from './published';

export const SEARCH_PAGE_SIZE = 10;
export const SEARCH_MAX_PAGE = 50;
/**
 * How many matches are ranked at most: the most recent ones. Also what pagination can reach
 * (SEARCH_MAX_PAGE × SEARCH_PAGE_SIZE); beyond, the count says « plus de ».
 */
export const SEARCH_CANDIDATES = 500;
/** Below this many exact matches, words also match as prefixes of longer ones (« élect » → « électoral »). */
export const SEARCH_WIDEN_BELOW = 50;

export type TSearchHit = {
  id: string;
  title: string;
  href: string;
  rubrique: { slug: string; name: string };
  author: string;
  publishedAt: Date;
  /** Escaped HTML with <mark> around the matches. */
  extractHtml: string;
};

export type TSearchResults = { hits: TSearchHit[]; page: number; hasNext: boolean; total: number; capped: boolean };

type TRow = {
  id: string;
  title: string;
  slug: string;
  rubrique_slug: string;
  rubrique_name: string;
  author: string;
  published_at: Date;
  extract: string;
  head: string;
  tail: string;
  total: bigint;
};

/**
 * Published stories matching every word (French stems, accents ignored), best first among the
 * SEARCH_CANDIDATES most recent matches: title matches outrank chapô and body ones. When exact stems
 * find fewer than SEARCH_WIDEN_BELOW stories, stems of 5 letters or more also match as prefixes
 * (« élections » then finds « électoral »), an exact stem still ranking higher.
 *
 * Cost stays flat with the archive's size: exact stems use the GIN index's fast intersection, and
 * the candidates are the newest matches (the planner walks the publication-date index for a common
 * word, the GIN index for a rare one); prefixes, whose GIN lookups grow with every story that
 * matches, are only tried for rare words. The words are bound parameters turned into tsqueries by
 * PostgreSQL itself: no injection path.
 */
export async function searchArticles(query: TSearchQuery, options: { page: number; rubriqueId?: string }): Promise<TSearchResults> {
  noteKeys(keyFor.search);
  const [terms] = await (await readDb()).$queryRaw<{ exact: string | null; widened: string | null }[]>`
    -- The lexemes are already normalised (accents, stems): cast to tsquery as they are (to_tsquery
    -- would stem them a second time).
    SELECT string_agg(quote_literal(lexeme), ' & ') AS exact,
           string_agg(CASE WHEN length(lexeme) >= 5 THEN '(' || quote_literal(lexeme) || ' | ' || quote_literal(lexeme) || ':*)' ELSE quote_literal(lexeme) END, ' & ') AS widened
    FROM unnest(to_tsvector('french_unaccent', ${query.words.join(' ')})) AS t(lexeme)`;
  if (!terms?.exact || !terms.widened) return { hits: [], page: options.page, hasNext: false, total: 0, capped: false };
  const exact = await rankedPage(terms.exact, terms.exact, options);
  if (exact.total >= SEARCH_WIDEN_BELOW || terms.widened === terms.exact) return exact;
  return rankedPage(terms.exact, terms.widened, options);
}

async function rankedPage(exact: string, match: string, options: { page: number; rubriqueId?: string }): Promise<TSearchResults> {
  const offset = (options.page - 1) * SEARCH_PAGE_SIZE;
  const rubriqueFilter = options.rubriqueId ? Prisma.sql`AND a."rubriqueId" = ${options.rubriqueId}` : Prisma.empty;
  const headlineOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=18, MaxFragments=2, FragmentDelimiter=" … "`;
  // Exact stems count ten times more than prefix matches; without widening both are the same query.
  const rank =
    exact === match
      ? Prisma.sql`ts_rank_cd(a."searchVector", ${exact}::tsquery, 1) * 11`
      : Prisma.sql`ts_rank_cd(a."searchVector", ${exact}::tsquery, 1) * 10 + ts_rank_cd(a."searchVector", ${match}::tsquery, 1)`;
  const rows = await (await readDb()).$queryRaw<TRow[]>`
    WITH candidates AS (
      -- Only what the date order needs: the tsvectors are read for the chosen candidates alone.
      SELECT a.id, a."publishedAt"
      FROM "Article" a
      WHERE a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL AND a."searchVector" @@ ${match}::tsquery ${rubriqueFilter}
      ORDER BY a."publishedAt" DESC, a.id DESC
      LIMIT ${SEARCH_CANDIDATES}
    ),
    ranked AS (
      -- Ranking reads the tsvector only; the text columns are read for the page's stories alone.
      SELECT c.id, c."publishedAt", ${rank} AS rank, count(*) OVER () AS total
      FROM candidates c JOIN "Article" a ON a.id = c.id
      ORDER BY rank DESC, c."publishedAt" DESC, c.id DESC
      LIMIT ${SEARCH_PAGE_SIZE + 1} OFFSET ${offset}
    )
    SELECT m.id, a.title, a.slug, r.slug AS rubrique_slug, r.name AS rubrique_name, u.name AS author,
           m."publishedAt" AS published_at, m.total,
           ts_headline('french_unaccent', a.chapo || ' ' || a.body, ${match}::tsquery, ${headlineOptions}) AS extract,
           left(a.chapo || ' ' || a.body, 120) AS head, right(a.chapo || ' ' || a.body, 120) AS tail
    FROM ranked m
    JOIN "Article" a ON a.id = m.id
    JOIN "Rubrique" r ON r.id = a."rubriqueId"
    JOIN "User" u ON u.id = a."authorId"
    ORDER BY m.rank DESC, m."publishedAt" DESC, m.id DESC`;
  return {
    hits: rows.slice(0, SEARCH_PAGE_SIZE).map((row) => ({
      id: row.id,
      title: row.title,
      href: articleHref(row.rubrique_slug, row.slug),
      rubrique: { slug: row.rubrique_slug, name: row.rubrique_name },
      author: row.author,
      publishedAt: row.published_at,
      extractHtml: highlightToHtml(withEllipses(row.extract, row.head, row.tail)),
    })),
    page: options.page,
    hasNext: rows.length > SEARCH_PAGE_SIZE && options.page < SEARCH_MAX_PAGE,
    total: Number(rows[0]?.total ?? 0),
    capped: Number(rows[0]?.total ?? 0) >= SEARCH_CANDIDATES,
  };
}
