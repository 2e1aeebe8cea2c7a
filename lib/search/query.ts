/**
 * From what a reader typed to the words PostgreSQL searches: at most 200 characters and 8 words,
 * elisions removed (« l’Ukraine » → « Ukraine »), French function words dropped (but « été » kept:
 * it is a stop word for PostgreSQL and a real word for readers), no control characters. Pure: the
 * words then go to SQL as a bound parameter, never spliced into a query.
 */
import { applyFrenchTypography } from '../french/typography';

export const QUERY_MAX_LENGTH = 200;
export const QUERY_MAX_WORDS = 8;

const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/i;

const STOP_WORDS = new Set(
  'a à au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y est sont'.split(' '),
);

export type TSearchQuery = { text: string; words: string[] };

export function buildSearchQuery(raw: unknown): TSearchQuery | null {
  if (typeof raw !== 'string') return null;
  const text = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, QUERY_MAX_LENGTH);
  const words: string[] = [];
  for (const token of text.split(/[^\p{L}\p{N}'’-]+/u)) {
    const word = token.replace(ELISION, '').replace(/^[-'’]+|[-'’]+$/g, '');
    if (!word || (word.length < 2 && !/\d/.test(word))) continue;
    if (STOP_WORDS.has(word.toLowerCase())) continue;
    if (!words.some((w) => w.toLowerCase() === word.toLowerCase())) words.push(word);
    if (words.length === QUERY_MAX_WORDS) break;
  }
  return words.length ? { text, words } : null;
}

/** ts_headline marks matches with these; they are swapped for <mark> after HTML escaping. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A highlighted extract safe to inject as HTML: everything escaped, then only <mark> added. */
export function highlightToHtml(headline: string): string {
  const text = headline
    .replace(/[#*_>`[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // The story's own typography, as on its page (« marchés ; l’opposition », « moins d’une »).
  return applyFrenchTypography(text)
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>');
}

const plainWords = (text: string) => text.replaceAll(MARK_START, '').replaceAll(MARK_END, '').replace(/[#*_>`[\]]+/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * An extract cut out of a story says so: « … » before it unless it is the story's beginning (`head`:
 * its first characters), after it unless it is its end (`tail`: its last characters).
 */
export function withEllipses(extract: string, head: string, tail: string): string {
  const plain = plainWords(extract);
  if (!plain) return extract;
  const probe = Math.min(30, plain.length);
  const starts = plainWords(head).startsWith(plain.slice(0, probe));
  const ends = plainWords(tail).endsWith(plain.slice(-probe));
  return `${starts ? '' : '… '}${extract}${ends ? '' : ' …'}`;
}

