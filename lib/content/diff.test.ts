import { describe, expect, it } from 'vitest';
import { diffFields, diffWords, tokenize, type TDiffPart } from './diff';

const rebuildBefore = (parts: TDiffPart[]) =>
  parts
    .filter((p) => p.kind !== 'added')
    .map((p) => p.text)
    .join('');
const rebuildAfter = (parts: TDiffPart[]) =>
  parts
    .filter((p) => p.kind !== 'removed')
    .map((p) => p.text)
    .join('');

function expectWellFormed(before: string, after: string, parts: TDiffPart[]) {
  expect(rebuildBefore(parts)).toBe(before);
  expect(rebuildAfter(parts)).toBe(after);
  for (const part of parts) expect(part.text).not.toBe('');
  // Merged: never two neighbours of the same kind.
  for (let i = 1; i < parts.length; i++) expect(parts[i].kind).not.toBe(parts[i - 1].kind);
}

/** Deterministic pseudo-random generator (tests must not be flaky). */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const VOCABULARY = [
  'le',
  'la',
  'les',
  'de',
  'du',
  'des',
  'Dakar',
  'gouvernement',
  'l’État',
  'aujourd’hui',
  'élection',
  'député',
  'a',
  'voté',
  'réforme',
  'présidentielle',
  'Assemblée',
  'nationale',
  'après',
  'débat',
  'peut-être',
  'ministre',
  'déclaré',
  'que',
  'et',
  'en',
  'port',
  'économie',
  'saison',
  'pluies',
  'à',
  'été',
  'où',
];

function randomText(words: number, random: () => number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(VOCABULARY[Math.floor(random() * VOCABULARY.length)]);
    const r = random();
    out.push(r < 0.04 ? '.\n\n' : r < 0.08 ? ', ' : ' ');
  }
  return out.join('');
}

describe('tokenize', () => {
  it('keeps every character, French words whole', () => {
    const text = 'L’État a dit : « peut-être aujourd’hui ».\n\nFin';
    const tokens = tokenize(text);
    expect(tokens.join('')).toBe(text);
    expect(tokens).toContain('L’État');
    expect(tokens).toContain('peut-être');
    expect(tokens).toContain('aujourd’hui');
    expect(tokens).toContain('\n\n');
  });
});

describe('diffWords', () => {
  it('identical texts are one unchanged part', () => {
    const text = 'Le port de Dakar rouvre ses portes.';
    expect(diffWords(text, text)).toEqual([{ kind: 'same', text }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('pure insertion', () => {
    const parts = diffWords('Le port rouvre.', 'Le port de Dakar rouvre.');
    expect(parts).toEqual([
      { kind: 'same', text: 'Le port ' },
      { kind: 'added', text: 'de Dakar ' },
      { kind: 'same', text: 'rouvre.' },
    ]);
  });

  it('insertion into and deletion of a whole text', () => {
    expect(diffWords('', 'Nouveau texte')).toEqual([{ kind: 'added', text: 'Nouveau texte' }]);
    expect(diffWords('Ancien texte', '')).toEqual([{ kind: 'removed', text: 'Ancien texte' }]);
  });

  it('deletion', () => {
    const parts = diffWords('Le ministre a très clairement déclaré', 'Le ministre a déclaré');
    expect(parts).toEqual([
      { kind: 'same', text: 'Le ministre a ' },
      { kind: 'removed', text: 'très clairement ' },
      { kind: 'same', text: 'déclaré' },
    ]);
  });

  it('replacement shows the removed words before the added ones', () => {
    const parts = diffWords('Le bilan fait état de 12 morts.', 'Le bilan fait état de 14 morts.');
    expect(parts).toEqual([
      { kind: 'same', text: 'Le bilan fait état de ' },
      { kind: 'removed', text: '12' },
      { kind: 'added', text: '14' },
      { kind: 'same', text: ' morts.' },
    ]);
  });

  it('a run of replaced words reads as one replacement', () => {
    const parts = diffWords('Il a dit oui hier.', 'Il a répondu non ce matin.');
    expect(parts).toEqual([
      { kind: 'same', text: 'Il a ' },
      { kind: 'removed', text: 'dit oui hier' },
      { kind: 'added', text: 'répondu non ce matin' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('keeps accents and French apostrophes intact', () => {
    const before = 'L’Assemblée a adopté la réforme de l’État aujourd’hui.';
    const after = 'L’Assemblée a rejeté la réforme de l’État aujourd’hui.';
    const parts = diffWords(before, after);
    expect(parts).toEqual([
      { kind: 'same', text: 'L’Assemblée a ' },
      { kind: 'removed', text: 'adopté' },
      { kind: 'added', text: 'rejeté' },
      { kind: 'same', text: ' la réforme de l’État aujourd’hui.' },
    ]);
    // A word with an apostrophe changes as a whole, not letter by letter.
    expect(diffWords('l’été', 'l’hiver')).toEqual([
      { kind: 'removed', text: 'l’été' },
      { kind: 'added', text: 'l’hiver' },
    ]);
  });

  it('whitespace and line breaks are part of the diff', () => {
    const parts = diffWords('Premier paragraphe.\nSuite', 'Premier paragraphe.\n\nSuite');
    expectWellFormed('Premier paragraphe.\nSuite', 'Premier paragraphe.\n\nSuite', parts);
    expect(parts.some((p) => p.kind !== 'same')).toBe(true);
  });

  it('rebuilds both texts exactly', () => {
    const samples: [string, string][] = [
      ['', ''],
      ['a', ''],
      ['', 'b'],
      ['  espaces  en   trop  ', 'espaces en trop'],
      ['Le chat dort.', 'Le chien dort profondément.'],
      ['« Non », a-t-il dit ; puis : rien !', '« Oui », a-t-elle dit ; puis : tout ?'],
      ['ligne 1\nligne 2\nligne 3\n', 'ligne 1\nligne deux\nligne 3\nligne 4'],
      ['## Intertitre\n\n> Citation\n\n- un\n- deux', '## Autre intertitre\n\n- un\n- deux\n- trois'],
      ['emoji 🇸🇳 drapeau', 'emoji 🎉 fête 🇸🇳'],
      ['a b c d e f', 'f e d c b a'],
      ['x\r\ny', 'x\ny'],
    ];
    for (const [before, after] of samples) {
      expectWellFormed(before, after, diffWords(before, after));
      expectWellFormed(after, before, diffWords(after, before));
    }
  });

  it('rebuilds random revisions exactly', () => {
    const random = seeded(42);
    for (let round = 0; round < 40; round++) {
      const before = randomText(20 + Math.floor(random() * 80), random);
      const words = before.split(' ');
      const edits = Math.floor(random() * 8);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * words.length);
        const op = random();
        if (op < 0.33) words.splice(at, 1);
        else if (op < 0.66) words.splice(at, 0, VOCABULARY[Math.floor(random() * VOCABULARY.length)]);
        else words[at] = 'changé';
      }
      const after = words.join(' ');
      expectWellFormed(before, after, diffWords(before, after));
    }
  });

  it('stays fast on two 10,000-word bodies differing in a few words', () => {
    const before = randomText(10_000, seeded(7));
    const words = before.split(' ');
    words[10] = 'inédit';
    words[5_000] = 'remplacé';
    words.splice(9_000, 2);
    words.splice(7_500, 0, 'ajouté');
    const after = words.join(' ');

    const start = performance.now();
    const parts = diffWords(before, after);
    const elapsed = performance.now() - start;

    expectWellFormed(before, after, parts);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(
      expect.arrayContaining(['inédit', 'remplacé', 'ajouté']),
    );
    expect(parts.filter((p) => p.kind !== 'same').length).toBeLessThanOrEqual(8);
    expect(elapsed).toBeLessThan(500);
  });

  it('stays bounded on two unrelated 10,000-word bodies', () => {
    const before = randomText(10_000, seeded(1));
    const after = randomText(10_000, seeded(2));
    const start = performance.now();
    const parts = diffWords(before, after);
    const elapsed = performance.now() - start;
    expectWellFormed(before, after, parts);
    expect(elapsed).toBeLessThan(3_000);
  });
});

describe('diffFields', () => {
  it('diffs each field and says which changed', () => {
    const result = diffFields(
      { title: 'Le port rouvre', chapo: 'Après trois mois.', body: 'Texte' },
      { title: 'Le port de Dakar rouvre', chapo: 'Après trois mois.', kicker: 'Économie' },
    );
    expect(Object.keys(result)).toEqual(['title', 'chapo', 'body', 'kicker']);
    expect(result.title.changed).toBe(true);
    expect(result.title.parts).toEqual([
      { kind: 'same', text: 'Le port ' },
      { kind: 'added', text: 'de Dakar ' },
      { kind: 'same', text: 'rouvre' },
    ]);
    expect(result.chapo).toEqual({ changed: false, parts: [{ kind: 'same', text: 'Après trois mois.' }] });
    expect(result.body).toEqual({ changed: true, parts: [{ kind: 'removed', text: 'Texte' }] });
    expect(result.kicker).toEqual({ changed: true, parts: [{ kind: 'added', text: 'Économie' }] });
  });
});

describe('figures', () => {
  it('reads a changed figure as one word', () => {
    expect(diffWords('Le port a coûté 1,2 milliard.', 'Le port a coûté 1,4 milliard.')).toEqual([
      { kind: 'same', text: 'Le port a coûté ' },
      { kind: 'removed', text: '1,2' },
      { kind: 'added', text: '1,4' },
      { kind: 'same', text: ' milliard.' },
    ]);
  });
});
