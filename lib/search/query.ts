/**
 * From what a reader typed to the words PostgreSQL searches: at most 200 characters, 8 words and
 * QUERY_MAX_TERMS terms, elisions removed (« l’Ukraine » → « Ukraine »), French function words
 * dropped (but « été » kept: it is a stop word for PostgreSQL and a real word for readers), no
 * control characters. Pure: the words then go to SQL as a bound parameter, never spliced into a query.
 */
import { applyFrenchTypography } from '../french/typography';

export const QUERY_MAX_LENGTH = 200;
export const QUERY_MAX_WORDS = 8;
/**
 * The most terms (PostgreSQL lexemes) a search asks for. A hyphenated word is several: « sud-ouest »
 * is searched as « sud-ouest », « sud » and « ouest »; so are the parts around an apostrophe. Without
 * a bound, 200 characters of « a-b-c-… » made some seventy terms, each an index lookup per year.
 */
export const QUERY_MAX_TERMS = 16;

const PART_SEPARATOR = /([-'’])/;

/** How many terms PostgreSQL makes of one word: each part, plus the whole when there are several. */
export function searchTermCount(word: string): number {
  const parts = word.split(/[-'’]/).filter(Boolean).length;
  return parts > 1 ? parts + 1 : parts;
}

/** The word's first parts (with their hyphens or apostrophes) that make at most `budget` terms. */
function firstParts(word: string, budget: number): string {
  const pieces = word.split(PART_SEPARATOR);
  let kept = pieces[0] ?? '';
  for (let i = 2; i < pieces.length && searchTermCount(`${kept}-${pieces[i]}`) <= budget; i += 2) kept += `${pieces[i - 1]}${pieces[i]}`;
  return kept;
}

const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/i;

const STOP_WORDS = new Set(
  'a à au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y est sont'.split(
    ' ',
  ),
);

/** `limited`: words were left out (or a first word cut) to keep within QUERY_MAX_WORDS and QUERY_MAX_TERMS. */
export type TSearchQuery = { text: string; words: string[]; limited: boolean };

export function buildSearchQuery(raw: unknown): TSearchQuery | null {
  if (typeof raw !== 'string') return null;
  const text = raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, QUERY_MAX_LENGTH);
  const words: string[] = [];
  let terms = 0;
  let limited = false;
  for (const token of text.split(/[^\p{L}\p{N}'’-]+/u)) {
    const word = token.replace(ELISION, '').replace(/^[-'’]+|[-'’]+$/g, '');
    if (!word || (word.length < 2 && !/\d/.test(word))) continue;
    if (STOP_WORDS.has(word.toLowerCase())) continue;
    if (words.some((w) => w.toLowerCase() === word.toLowerCase())) continue;
    const count = searchTermCount(word);
    if (words.length === QUERY_MAX_WORDS || terms + count > QUERY_MAX_TERMS) {
      // A first word alone too long is cut to its first parts; a later one is left out whole.
      if (words.length === 0) words.push(firstParts(word, QUERY_MAX_TERMS));
      limited = true;
      break;
    }
    words.push(word);
    terms += count;
  }
  return words.length ? { text, words, limited } : null;
}

/** What the search page says when the words searched are not all those typed; null otherwise. */
export function limitNotice(query: TSearchQuery): string | null {
  if (!query.limited) return null;
  const which = query.words.length === 1 ? 'à son premier mot' : `à ses ${query.words.length} premiers mots`;
  return `Votre recherche a été limitée ${which}\u00a0: «\u00a0${query.words.join(' ')}\u00a0».`;
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

const plainWords = (text: string) =>
  text
    .replaceAll(MARK_START, '')
    .replaceAll(MARK_END, '')
    .replace(/[#*_>`[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

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
