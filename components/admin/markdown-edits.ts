/**
 * The Markdown editor's text operations (components/admin/MarkdownEditor.tsx): pure functions from
 * the textarea's value and selection to one replacement and the selection after it, and the small
 * computations around them (words, reading time, toolbar and tab keys). No React, no DOM.
 */
import { bodyToPlainText } from '@/lib/content/render-body';

/* ------------------------------------------------------------------------------------------------
 * Text edits: pure functions from (value, selection) to one replacement and the selection after it.
 * ---------------------------------------------------------------------------------------------- */

export type TTextChange = { from: number; to: number; insert: string; selectionStart: number; selectionEnd: number };

/** Line prefixes kept outside inline markers: list items, quotes, headings. */
const BLOCK_PREFIX = /^(\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*|#{1,6}\s+)*)/;

/** Wraps the selection in `marker` (**, _), line by line; unwraps it when already wrapped. */
export function toggleInline(
  value: string,
  selectionStart: number,
  selectionEnd: number,
  marker: string,
  placeholder: string,
): TTextChange {
  let start = selectionStart;
  let end = selectionEnd;
  // A caret inside a word formats that word.
  const wordChar = /[\p{L}\p{N}\p{M}’'-]/u;
  if (start === end && wordChar.test(value[start - 1] ?? '') && wordChar.test(value[start] ?? '')) {
    while (start > 0 && wordChar.test(value[start - 1])) start--;
    while (end < value.length && wordChar.test(value[end])) end++;
  }
  const selected = value.slice(start, end);
  const size = marker.length;

  if (selected.trim() === '') {
    // Kept apart from a neighbouring word, or the markers would not count as emphasis.
    const before = /[\p{L}\p{N}]/u.test(value[end - 1] ?? '') ? ' ' : '';
    const after = /[\p{L}\p{N}]/u.test(value[end] ?? '') ? ' ' : '';
    const insert = `${before}${marker}${placeholder}${marker}${after}`;
    const at = end + before.length + size;
    return { from: end, to: end, insert, selectionStart: at, selectionEnd: at + placeholder.length };
  }

  // Already wrapped, markers just outside the selection: unwrap.
  if (value.slice(start - size, start) === marker && value.slice(end, end + size) === marker && start >= size) {
    return { from: start - size, to: end + size, insert: selected, selectionStart: start - size, selectionEnd: end - size };
  }
  // Already wrapped, markers inside the selection: unwrap.
  if (selected.length > 2 * size && selected.startsWith(marker) && selected.endsWith(marker) && !selected.includes('\n')) {
    const inner = selected.slice(size, -size);
    return { from: start, to: end, insert: inner, selectionStart: start, selectionEnd: start + inner.length };
  }

  // Emphasis cannot span lines nor start or end with a space: wrap each line's text, spaces and
  // block prefixes (« - », « > », « ## ») left outside the markers.
  const lines = selected.split('\n');
  const wrapped = lines.map((line) => {
    const prefix = line.match(BLOCK_PREFIX)?.[1] ?? '';
    const rest = line.slice(prefix.length);
    const core = rest.trim();
    if (!core) return { text: line, coreStart: -1, core };
    const outside = `${prefix}${rest.slice(0, rest.indexOf(core))}`;
    const trail = rest.slice(rest.indexOf(core) + core.length);
    return { text: `${outside}${marker}${core}${marker}${trail}`, coreStart: outside.length + size, core };
  });
  const insert = wrapped.map((line) => line.text).join('\n');
  if (lines.length === 1) {
    // One line: the text stays selected, inside its markers.
    const [{ coreStart, core }] = wrapped;
    return { from: start, to: end, insert, selectionStart: start + coreStart, selectionEnd: start + coreStart + core.length };
  }
  return { from: start, to: end, insert, selectionStart: start, selectionEnd: start + insert.length };
}

export type TBlockKind = 'heading' | 'quote' | 'list';

const BLOCKS: Record<TBlockKind, { prefix: string; existing: RegExp; placeholder: string; separateNext: boolean }> = {
  heading: { prefix: '## ', existing: /^#{1,6}[ \t]+/, placeholder: 'Intertitre', separateNext: false },
  // A quote or a list item swallows the next line of text (lazy continuation): keep a blank line after.
  quote: { prefix: '> ', existing: /^>[ \t]?/, placeholder: 'Citation', separateNext: true },
  list: { prefix: '- ', existing: /^[-*+][ \t]+/, placeholder: 'Élément de liste', separateNext: true },
};

/** Adds the block prefix to every line the selection touches, or removes it when they all have it. */
export function toggleBlock(value: string, start: number, end: number, kind: TBlockKind): TTextChange {
  const { prefix, existing, placeholder, separateNext } = BLOCKS[kind];
  // (At 0, lastIndexOf would search from 0 and find a line break right there.)
  const lineStart = start === 0 ? 0 : value.lastIndexOf('\n', start - 1) + 1;
  // A selection ending just after a line break does not touch the next line.
  const effectiveEnd = end > start && value[end - 1] === '\n' ? end - 1 : end;
  const nextBreak = value.indexOf('\n', effectiveEnd);
  const lineEnd = nextBreak === -1 ? value.length : nextBreak;
  const lines = value.slice(lineStart, lineEnd).split('\n');

  if (lines.every((line) => line.trim() === '')) {
    const insert = `${prefix}${placeholder}`;
    const separator =
      separateNext &&
      lineEnd < value.length &&
      value
        .slice(lineEnd + 1)
        .split('\n')[0]
        .trim() !== ''
        ? '\n'
        : '';
    const from = lineStart;
    return { from, to: lineEnd, insert: insert + separator, selectionStart: from + prefix.length, selectionEnd: from + insert.length };
  }

  const isOn = (line: string) => (kind === 'heading' ? /^##[ \t]+/.test(line) && !/^###/.test(line) : existing.test(line));
  const remove = lines.filter((line) => line.trim() !== '').every(isOn);
  const changed = lines.map((line) => {
    if (line.trim() === '') return line;
    const bare = line.replace(existing, '');
    return remove ? bare : `${prefix}${bare}`;
  });
  let insert = changed.join('\n');
  if (!remove && separateNext && lineEnd < value.length) {
    const nextLine = value.slice(lineEnd + 1).split('\n')[0];
    if (nextLine.trim() !== '' && !existing.test(nextLine)) insert += '\n';
  }

  if (start === end) {
    // Caret: stays on the same character of its line.
    const delta = changed[0].length - lines[0].length;
    const caret = Math.max(lineStart, start + delta);
    return { from: lineStart, to: lineEnd, insert, selectionStart: caret, selectionEnd: caret };
  }
  return { from: lineStart, to: lineEnd, insert, selectionStart: lineStart, selectionEnd: lineStart + changed.join('\n').length };
}

/**
 * The address of a link, or null when refused: only http(s) addresses and paths on the site
 * (« /politique/… », not « //ailleurs » nor « /\ailleurs », which browsers read as another host).
 * Parentheses are escaped so they cannot close the Markdown link early.
 */
export function normaliseLinkUrl(input: string): string | null {
  const url = input.trim();
  const ok = /^https?:\/\/[^\s/?#\\]+\S*$/i.test(url) || /^\/(?![/\\])\S*$/.test(url);
  if (!ok) return null;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** What a link with no text gets, selected so that typing replaces it. */
const LINK_PLACEHOLDER = 'texte du lien';

/** Brackets in a link's text would end it early: escaped (once). */
const escapeLinkText = (text: string) => text.replace(/\\?([[\]])/g, '\\$1');

/** `[text](url)` over from…to: the caret after it, or its placeholder text selected when `text` is blank. */
function writeLink(from: number, to: number, text: string, url: string): TTextChange {
  const core = text.trim();
  const shown = escapeLinkText(core || LINK_PLACEHOLDER);
  const insert = `[${shown}](${url})`;
  if (!core) return { from, to, insert, selectionStart: from + 1, selectionEnd: from + 1 + shown.length };
  return { from, to, insert, selectionStart: from + insert.length, selectionEnd: from + insert.length };
}

/**
 * Inserts [text](url) over the selection: its text (or `text`, when the link dialog changed it), or a
 * placeholder that ends up selected. Spaces around the selected words stay outside the link.
 */
export function insertLink(value: string, start: number, end: number, url: string, text?: string): TTextChange {
  const selected = value.slice(start, end);
  const core = selected.trim();
  const lead = core ? selected.slice(0, selected.indexOf(core)) : '';
  const trail = core ? selected.slice(lead.length + core.length) : '';
  return writeLink(start + lead.length, end - trail.length, text ?? core, url);
}

/** A link of the body: where it is in the text (from `[` to `)`), its words (unescaped) and its address. */
export type TMarkdownLink = { from: number; to: number; text: string; url: string };

/**
 * `[text](url)`, `[text](<url>)` or `[text](url "title")`; an escaped `\[` is not one, nor a picture
 * `![…](…)`. Reference links (`[text][1]`) are not followed: the editor never writes them.
 */
const LINK_PATTERN =
  /(!?)\[((?:\\[^\n]|[^\\[\]\n])*)\]\([ \t]*(<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*\)/g;

/** The links of a body, in order (pictures excepted). */
export function findLinks(value: string): TMarkdownLink[] {
  const links: TMarkdownLink[] = [];
  for (const match of value.matchAll(LINK_PATTERN)) {
    const at = match.index;
    let backslashes = 0;
    while (value[at - backslashes - 1] === '\\') backslashes++;
    if (backslashes % 2 === 1 || match[1] === '!') continue;
    const url = match[3].startsWith('<') ? match[3].slice(1, -1) : match[3];
    links.push({ from: at, to: at + match[0].length, text: match[2].replace(/\\([[\]])/g, '$1'), url });
  }
  return links;
}

/** The link a selection lies within (a caret strictly inside it, a selection anywhere in it), or null. */
export function findLinkAt(value: string, start: number, end: number): TMarkdownLink | null {
  return (
    findLinks(value).find((link) => (start === end ? link.from < start && start < link.to : link.from <= start && end <= link.to)) ?? null
  );
}

const decoded = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

/**
 * The link the preview's `occurrence`-th link to `href` comes from (the preview's addresses are
 * percent-encoded by the renderer, the text's may not be), or null.
 */
export function findLinkByAddress(value: string, href: string, occurrence: number): TMarkdownLink | null {
  const wanted = decoded(href);
  return findLinks(value).filter((link) => decoded(link.url) === wanted)[occurrence] ?? null;
}

/** The link rewritten with new words and address (a title it had is dropped). */
export function replaceLink(link: TMarkdownLink, text: string, url: string): TTextChange {
  return writeLink(link.from, link.to, text, url);
}

/** The link taken off, its words left in place and selected. */
export function removeLink(link: TMarkdownLink): TTextChange {
  const insert = escapeLinkText(link.text);
  return { from: link.from, to: link.to, insert, selectionStart: link.from, selectionEnd: link.from + insert.length };
}

export type TLinkAddress = { ok: true; url: string } | { ok: false; message: string };

/** The address typed in the link dialog, checked (normaliseLinkUrl), or why it is refused, in French. */
export function checkLinkAddress(input: string): TLinkAddress {
  if (input.trim() === '') return { ok: false, message: 'Indiquez l’adresse du lien, ou choisissez un article du site.' };
  const url = normaliseLinkUrl(input);
  if (url) return { ok: true, url };
  return {
    ok: false,
    message:
      'Adresse refusée\u00a0: une adresse extérieure commence par https:// ou http:// (par exemple https://www.example.org/page), une page du site par /.',
  };
}

/**
 * A picture goes in as its own paragraph where the caret is (replacing a selection), with the alt
 * text's placeholder selected so that typing describes it.
 */
export function insertImageBlock(value: string, start: number, end: number, markdown: string, placeholder: string): TTextChange {
  const before = value.slice(0, start);
  const after = value.slice(end);
  const lead = before === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const insert = `${lead}${markdown}${trail}`;
  const at = start + lead.length + markdown.indexOf(placeholder);
  return markdown.includes(placeholder)
    ? { from: start, to: end, insert, selectionStart: at, selectionEnd: at + placeholder.length }
    : { from: start, to: end, insert, selectionStart: start + insert.length, selectionEnd: start + insert.length };
}

/** Words of the text readers will see (markup and link targets excluded). */
export function countWords(markdown: string): number {
  return bodyToPlainText(markdown).match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The value once `change` is applied (what the textarea should hold afterwards). */
export function applyTextChange(value: string, change: TTextChange): string {
  return value.slice(0, change.from) + change.insert + value.slice(change.to);
}

/* ------------------------------------------------------------------------------------------------
 * Counts and keys.
 * ---------------------------------------------------------------------------------------------- */

const WORDS_PER_MINUTE = 230;

/** Minutes of reading shown under the text: at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** The toolbar button an arrow, Home or End moves to (wrapping around), or null for another key. */
export function toolbarIndexAfterKey(key: string, index: number, count: number): number | null {
  const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: count - 1 };
  if (!(key in moves)) return null;
  return (moves[key] + count) % count;
}

export type TEditorTab = 'write' | 'preview';

/** The tab an arrow, Home or End switches to (two tabs: an arrow goes to the other), or null for another key. */
export function tabAfterKey(key: string, tab: TEditorTab): TEditorTab | null {
  if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key)) return null;
  return key === 'Home' ? 'write' : key === 'End' ? 'preview' : tab === 'write' ? 'preview' : 'write';
}
