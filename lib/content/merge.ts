/**
 * Three-way merge of a story's fields: the version both people started from (`base`), the one in
 * this person's form (`mine`) and the one a colleague saved meanwhile (`theirs`). Pure, no I/O.
 *
 * Changes that do not overlap are merged without asking: the title against the body, one paragraph
 * against another, one sentence against another within a paragraph, a picture against a link. What
 * both changed differently is a conflict, kept whole on both sides until the person chooses: their
 * text, the colleague's, both, or a text edited by hand. Nothing either side added is dropped unless
 * the person drops it knowingly (lib/content/merge.test.ts checks it over generated edit pairs).
 *
 * Texts are compared by paragraphs (lines of the Markdown body) with diff3 (node-diff3, the
 * algorithm of `diff3` and of Git's merge); a paragraph both changed is compared again by sentences.
 * Short fields (the title, the chapô) are one unit: two different new titles are a conflict.
 */
import { diff3Merge } from 'node-diff3';

/** A run of the merged text both agree on, or a place where the two versions disagree. */
export type TMergePiece = { kind: 'merged'; text: string } | { kind: 'conflict'; base: string; mine: string; theirs: string };

export type TConflictPiece = Extract<TMergePiece, { kind: 'conflict' }>;

/** How the person settled a conflict. `both`: theirs after mine (paragraphs only). */
export type TChoice = { take: 'mine' } | { take: 'theirs' } | { take: 'both' } | { take: 'edited'; text: string };

/** The sentences of a paragraph, each with the spaces after it: joined, they give the paragraph back. */
export function splitSentences(paragraph: string): string[] {
  return paragraph.match(/[^.!?…]*(?:[.!?…]+["»”’)\]]*(?:\s+|$)|$)/gu)?.filter((s) => s !== '') ?? [];
}

/** The body's lines, each with its '\n' (so that an empty run and one blank line differ); see fromLines. */
const toLines = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => `${line}\n`);
const fromLines = (text: string) => text.replace(/\n$/, '');
const asLines = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

/** diff3 over units; `join` turns units back into text. Identical changes on both sides are not conflicts. */
function mergeUnits(base: string[], mine: string[], theirs: string[], join: (units: string[]) => string): TMergePiece[] {
  const pieces: TMergePiece[] = [];
  for (const region of diff3Merge(mine, base, theirs, { excludeFalseConflicts: true })) {
    if (region.ok) pieces.push({ kind: 'merged', text: join(region.ok) });
    else if (region.conflict)
      pieces.push({ kind: 'conflict', base: join(region.conflict.o), mine: join(region.conflict.a), theirs: join(region.conflict.b) });
  }
  return pieces;
}

/** A paragraph both changed: merged by sentences when their changes touch different sentences. */
function mergeParagraph(piece: TConflictPiece): TMergePiece {
  if ([piece.base, piece.mine, piece.theirs].some((text) => text.slice(0, -1).includes('\n') || text.trim() === '')) return piece;
  const [o, a, b] = [splitSentences(piece.base), splitSentences(piece.mine), splitSentences(piece.theirs)];
  // Sentences edited in place (the usual case: words changed, none added or removed): sentence by
  // sentence, so that two neighbouring sentences changed by each side merge too (diff3 needs an
  // unchanged unit between two changes).
  if (o.length === a.length && o.length === b.length) {
    const merged = o.map((sentence, i) => mergeValue(sentence, a[i] as string, b[i] as string));
    if (merged.some((m) => m.kind === 'conflict')) return piece;
    return { kind: 'merged', text: merged.map((m) => (m as { value: string }).value).join('') };
  }
  const bySentence = mergeUnits(o, a, b, (units) => units.join(''));
  if (bySentence.some((p) => p.kind === 'conflict')) return piece;
  return { kind: 'merged', text: bySentence.map((p) => (p as { text: string }).text).join('') };
}

/**
 * A text field merged: `paragraphs` for the body (line by line, then sentence by sentence), `whole`
 * for a short field. In `paragraphs` mode every piece's text is whole lines, each ending in '\n'.
 */
export function mergeText(base: string, mine: string, theirs: string, mode: 'paragraphs' | 'whole'): TMergePiece[] {
  const wrap = (text: string) => (mode === 'paragraphs' ? `${text.replace(/\r\n?/g, '\n')}\n` : text);
  if (mine === theirs || theirs === base) return [{ kind: 'merged', text: wrap(mine) }];
  if (mine === base) return [{ kind: 'merged', text: wrap(theirs) }];
  if (mode === 'whole') return [{ kind: 'conflict', base, mine, theirs }];
  const pieces = mergeUnits(toLines(base), toLines(mine), toLines(theirs), (units) => units.join('')).map((piece) =>
    piece.kind === 'conflict' ? mergeParagraph(piece) : piece,
  );
  // Neighbouring merged runs become one (a paragraph merged by sentences between two agreed runs).
  const joined: TMergePiece[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    if (piece.kind === 'merged' && last?.kind === 'merged') joined[joined.length - 1] = { kind: 'merged', text: last.text + piece.text };
    else joined.push(piece);
  }
  return joined;
}

export const conflictsOf = (pieces: TMergePiece[]): TConflictPiece[] => pieces.filter((p): p is TConflictPiece => p.kind === 'conflict');

/** What one conflict becomes once settled (whole lines in `paragraphs` mode). */
export function settle(piece: TConflictPiece, choice: TChoice, mode: 'paragraphs' | 'whole'): string {
  switch (choice.take) {
    case 'mine':
      return piece.mine;
    case 'theirs':
      return piece.theirs;
    case 'edited': {
      const text = choice.text.replace(/\r\n?/g, '\n');
      return mode === 'paragraphs' ? asLines(text) : text;
    }
    case 'both':
      if (piece.mine.trim() === '') return piece.theirs;
      if (piece.theirs.trim() === '') return piece.mine;
      // Paragraphs: a blank line between, so that Markdown keeps them apart.
      return mode === 'paragraphs' ? `${asLines(piece.mine)}\n${piece.theirs}` : `${piece.mine} ${piece.theirs}`;
  }
}

/** The merged text once every conflict has a choice (`choices[i]` for the i-th conflict), else null. */
export function joinMerged(pieces: TMergePiece[], choices: readonly (TChoice | undefined)[], mode: 'paragraphs' | 'whole'): string | null {
  let text = '';
  let conflict = 0;
  for (const piece of pieces) {
    if (piece.kind === 'merged') {
      text += piece.text;
      continue;
    }
    const choice = choices[conflict++];
    if (!choice) return null;
    text += settle(piece, choice, mode);
  }
  return mode === 'paragraphs' ? fromLines(text) : text;
}

/** A conflict's text as a person reads it (without the final line break of paragraphs). */
export const shown = (text: string) => fromLines(text);

/** A value merged as a whole (a picture and its words, the rubrique, the placement, a date). */
export type TValueMerge<T> = { kind: 'merged'; value: T } | { kind: 'conflict'; mine: T; theirs: T };

export function mergeValue<T>(base: T, mine: T, theirs: T, same: (a: T, b: T) => boolean = Object.is): TValueMerge<T> {
  if (same(mine, theirs) || same(theirs, base)) return { kind: 'merged', value: mine };
  if (same(mine, base)) return { kind: 'merged', value: theirs };
  return { kind: 'conflict', mine, theirs };
}

/**
 * An ordered list of ids (« À lire aussi »): what either side removed is gone, what either added is
 * there — mine in my order, then theirs' additions in theirs' order. Never a conflict.
 */
export function mergeList(base: readonly string[], mine: readonly string[], theirs: readonly string[]): string[] {
  const removedByTheirs = new Set(base.filter((id) => !theirs.includes(id)));
  const kept = mine.filter((id) => !removedByTheirs.has(id));
  const added = theirs.filter((id) => !base.includes(id) && !kept.includes(id));
  return [...kept, ...added];
}
