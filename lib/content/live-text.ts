/**
 * The words of a live entry: its HTML on the live page, and its plain text outside it (« L’essentiel »,
 * structured data, feeds). Pure functions of the entry's Markdown, remembered for the last few
 * thousand texts: a running live's page is rendered again after every new entry, and all but the new
 * one have been rendered before. An edited entry has a new text, hence a new result.
 */
import { bodyToPlainText, renderBodyHtml } from './render-body';

/** Entries remembered per kind of result: a long live's first page and its structured data, many times over. */
const REMEMBERED = 4_000;

function remembered(compute: (body: string) => string): (body: string) => string {
  const results = new Map<string, string>();
  return (body) => {
    const known = results.get(body);
    if (known !== undefined) return known;
    const result = compute(body);
    // Oldest first in a Map's order: past the limit, the one remembered longest ago goes.
    if (results.size >= REMEMBERED) results.delete(results.keys().next().value as string);
    results.set(body, result);
    return result;
  };
}

/** The entry's Markdown as HTML (raw HTML disabled, French typography), as on the live page. */
export const entryHtml = remembered(renderBodyHtml);

/** The entry's text without Markdown, on one line. */
export const entryPlainText = remembered((body) => bodyToPlainText(body).replace(/\s+/g, ' ').trim());

/** The first words of an entry, cut at a word, at most `max` characters. */
export function entrySummary(body: string, max = 160): string {
  const text = entryPlainText(body);
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
