import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictsOf, joinMerged, mergeList, mergeText, mergeValue, splitSentences, type TChoice } from './merge';

const base = ['Premier paragraphe. Il a deux phrases.', '', 'Deuxième paragraphe, sur le port.', '', 'Troisième paragraphe.'].join('\n');

const all = (n: number, choice: TChoice) => Array.from({ length: n }, () => choice);

describe('mergeText', () => {
  it('merges changes to different paragraphs without asking', () => {
    const mine = base.replace('Premier paragraphe.', 'Premier paragraphe, revu.');
    const theirs = `${base}\n\nUn quatrième, ajouté par un collègue.`;
    const pieces = mergeText(base, mine, theirs, 'paragraphs');
    expect(conflictsOf(pieces)).toEqual([]);
    expect(joinMerged(pieces, [], 'paragraphs')).toBe(`${mine}\n\nUn quatrième, ajouté par un collègue.`);
  });

  it('merges changes to different sentences of one paragraph', () => {
    const mine = base.replace('Premier paragraphe.', 'Premier paragraphe modifié.');
    const theirs = base.replace('Il a deux phrases.', 'Il a bien deux phrases.');
    const pieces = mergeText(base, mine, theirs, 'paragraphs');
    expect(conflictsOf(pieces)).toEqual([]);
    expect(joinMerged(pieces, [], 'paragraphs')).toBe(
      base.replace('Premier paragraphe. Il a deux phrases.', 'Premier paragraphe modifié. Il a bien deux phrases.'),
    );
  });

  it('offers both versions of a sentence both changed, and settles it as chosen', () => {
    const mine = base.replace('sur le port', 'sur le port de Dakar');
    const theirs = base.replace('sur le port', 'sur le nouveau port');
    const pieces = mergeText(base, mine, theirs, 'paragraphs');
    const conflicts = conflictsOf(pieces);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      base: 'Deuxième paragraphe, sur le port.\n',
      mine: 'Deuxième paragraphe, sur le port de Dakar.\n',
      theirs: 'Deuxième paragraphe, sur le nouveau port.\n',
    });
    expect(joinMerged(pieces, [], 'paragraphs')).toBeNull();
    expect(joinMerged(pieces, [{ take: 'theirs' }], 'paragraphs')).toBe(theirs);
    expect(joinMerged(pieces, [{ take: 'mine' }], 'paragraphs')).toBe(mine);
    expect(joinMerged(pieces, [{ take: 'both' }], 'paragraphs')).toBe(
      base.replace(
        'Deuxième paragraphe, sur le port.',
        'Deuxième paragraphe, sur le port de Dakar.\n\nDeuxième paragraphe, sur le nouveau port.',
      ),
    );
    expect(joinMerged(pieces, [{ take: 'edited', text: 'Sur le nouveau port de Dakar.' }], 'paragraphs')).toBe(
      base.replace('Deuxième paragraphe, sur le port.', 'Sur le nouveau port de Dakar.'),
    );
  });

  it('keeps a paragraph one side deleted and the other changed as a conflict', () => {
    const mine = base.replace('Deuxième paragraphe, sur le port.\n\n', '');
    const theirs = base.replace('sur le port', 'sur le port, avec des chiffres');
    const pieces = mergeText(base, mine, theirs, 'paragraphs');
    expect(conflictsOf(pieces)).toHaveLength(1);
    expect(joinMerged(pieces, [{ take: 'both' }], 'paragraphs')).toContain('avec des chiffres');
    expect(joinMerged(pieces, [{ take: 'mine' }], 'paragraphs')).toBe(mine);
  });

  it('takes the same change made on both sides once', () => {
    const both = base.replace('Troisième', 'Le troisième');
    expect(joinMerged(mergeText(base, both, both, 'paragraphs'), [], 'paragraphs')).toBe(both);
  });

  it('treats a short field as one unit', () => {
    expect(joinMerged(mergeText('Titre', 'Titre', 'Titre neuf', 'whole'), [], 'whole')).toBe('Titre neuf');
    expect(joinMerged(mergeText('Titre', 'Mon titre', 'Titre', 'whole'), [], 'whole')).toBe('Mon titre');
    const pieces = mergeText('Titre', 'Mon titre', 'Son titre', 'whole');
    expect(conflictsOf(pieces)).toEqual([{ kind: 'conflict', base: 'Titre', mine: 'Mon titre', theirs: 'Son titre' }]);
  });

  it('cuts sentences without losing a character', () => {
    const text = 'Une phrase. Une autre ! Et une question ? « Citée. » Fin…  ';
    expect(splitSentences(text).join('')).toBe(text);
    expect(splitSentences(text)).toHaveLength(5);
  });
});

describe('mergeValue and mergeList', () => {
  it('takes the side that changed, and says when both did', () => {
    expect(mergeValue('NONE', 'TOP', 'NONE')).toEqual({ kind: 'merged', value: 'TOP' });
    expect(mergeValue('NONE', 'NONE', 'LEAD')).toEqual({ kind: 'merged', value: 'LEAD' });
    expect(mergeValue('NONE', 'TOP', 'LEAD')).toEqual({ kind: 'conflict', mine: 'TOP', theirs: 'LEAD' });
  });

  it('keeps every link either side added and drops what either removed', () => {
    expect(mergeList(['a', 'b', 'c'], ['b', 'a', 'c', 'd'], ['a', 'b', 'e'])).toEqual(['b', 'a', 'd', 'e']);
  });
});

/*
 * Property tests: many generated pairs of edits of one text. Words added by a side are fresh (never
 * in the base nor on the other side), so « a word that side added » is exact. Whatever the edits:
 * - settled « both » everywhere, the merge holds every word either side added, and every word of
 *   the base that neither side removed;
 * - settled « mine » (or « theirs ») everywhere, it holds every word that side added.
 */
type TEdit =
  | { op: 'insertParagraph'; at: number; words: number }
  | { op: 'deleteParagraph'; at: number }
  | { op: 'insertWord'; at: number; pos: number }
  | { op: 'deleteWord'; at: number; pos: number }
  | { op: 'replaceSentence'; at: number; words: number };

const ZEdit: fc.Arbitrary<TEdit> = fc.oneof(
  fc.record({ op: fc.constant('insertParagraph' as const), at: fc.nat(20), words: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('deleteParagraph' as const), at: fc.nat(20) }),
  fc.record({ op: fc.constant('insertWord' as const), at: fc.nat(20), pos: fc.nat(30) }),
  fc.record({ op: fc.constant('deleteWord' as const), at: fc.nat(20), pos: fc.nat(30) }),
  fc.record({ op: fc.constant('replaceSentence' as const), at: fc.nat(20), words: fc.integer({ min: 1, max: 6 }) }),
);

/** A body: paragraphs of sentences of unique words (« b12 »), a blank line between paragraphs. */
const ZBase = fc
  .array(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 })
  .map((shape) => {
    let n = 0;
    return shape.map((sentences) => sentences.map((words) => Array.from({ length: words }, () => `b${n++}`)));
  });

type TDoc = string[][][];

function applyEdits(doc: TDoc, edits: TEdit[], side: string): TDoc {
  const out: TDoc = doc.map((p) => p.map((s) => [...s]));
  let fresh = 0;
  const word = () => `${side}${fresh++}`;
  for (const edit of edits) {
    const at = out.length ? edit.at % out.length : 0;
    const paragraph = out[at];
    if (edit.op === 'insertParagraph') out.splice(edit.at % (out.length + 1), 0, [Array.from({ length: edit.words }, word)]);
    else if (!paragraph) continue;
    else if (edit.op === 'deleteParagraph') out.splice(at, 1);
    else if (edit.op === 'replaceSentence') paragraph[edit.words % paragraph.length] = Array.from({ length: edit.words }, word);
    else {
      const sentence = paragraph[edit.pos % paragraph.length] as string[];
      if (edit.op === 'insertWord') sentence.splice(edit.pos % (sentence.length + 1), 0, word());
      else if (sentence.length > 1) sentence.splice(edit.pos % sentence.length, 1);
    }
  }
  return out.filter((p) => p.length > 0);
}

const text = (doc: TDoc) => doc.map((p) => p.map((s) => `${s.join(' ')}.`).join(' ')).join('\n\n');
const words = (t: string) => new Set(t.match(/[a-z]\d+/g) ?? []);

describe('merge properties (generated edit pairs)', () => {
  it('never loses a word either side added, nor a base word both kept', () => {
    fc.assert(
      fc.property(ZBase, fc.array(ZEdit, { maxLength: 6 }), fc.array(ZEdit, { maxLength: 6 }), (doc, editsA, editsB) => {
        const [o, a, b] = [text(doc), text(applyEdits(doc, editsA, 'x')), text(applyEdits(doc, editsB, 'y'))];
        const pieces = mergeText(o, a, b, 'paragraphs');
        const n = conflictsOf(pieces).length;
        const [wo, wa, wb] = [words(o), words(a), words(b)];
        const merged = words(joinMerged(pieces, all(n, { take: 'both' }), 'paragraphs') ?? '');
        for (const w of wa) if (!wo.has(w)) expect(merged.has(w), `${w} added by the form`).toBe(true);
        for (const w of wb) if (!wo.has(w)) expect(merged.has(w), `${w} added by the colleague`).toBe(true);
        for (const w of wo) if (wa.has(w) && wb.has(w)) expect(merged.has(w), `${w} kept by both`).toBe(true);
        const mine = words(joinMerged(pieces, all(n, { take: 'mine' }), 'paragraphs') ?? '');
        for (const w of wa) if (!wo.has(w)) expect(mine.has(w)).toBe(true);
        const theirs = words(joinMerged(pieces, all(n, { take: 'theirs' }), 'paragraphs') ?? '');
        for (const w of wb) if (!wo.has(w)) expect(theirs.has(w)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives back the one side that changed, exactly, and agrees with itself when both did the same', () => {
    fc.assert(
      fc.property(ZBase, fc.array(ZEdit, { maxLength: 6 }), (doc, edits) => {
        const [o, a] = [text(doc), text(applyEdits(doc, edits, 'x'))];
        expect(joinMerged(mergeText(o, a, o, 'paragraphs'), [], 'paragraphs')).toBe(a);
        expect(joinMerged(mergeText(o, o, a, 'paragraphs'), [], 'paragraphs')).toBe(a);
        expect(joinMerged(mergeText(o, a, a, 'paragraphs'), [], 'paragraphs')).toBe(a);
      }),
      { numRuns: 500 },
    );
  });
});
