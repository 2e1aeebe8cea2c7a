/** The words of a live entry outside its page: « L’essentiel », structured data, feeds. Pure. */
import { bodyToPlainText } from './render-body';

/** The entry's text without Markdown, on one line. */
export function entryPlainText(body: string): string {
  return bodyToPlainText(body).replace(/\s+/g, ' ').trim();
}

/** The first words of an entry, cut at a word, at most `max` characters. */
export function entrySummary(body: string, max = 160): string {
  const text = entryPlainText(body);
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
