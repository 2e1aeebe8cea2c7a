import { describe, expect, it } from 'vitest';
import {
  buildSearchQuery,
  highlightToHtml,
  limitNotice,
  MARK_END,
  MARK_START,
  QUERY_MAX_LENGTH,
  QUERY_MAX_TERMS,
  searchTermCount,
  withEllipses,
} from './query';

describe('buildSearchQuery', () => {
  it('keeps the words that matter, drops elisions and function words, keeps « été »', () => {
    expect(buildSearchQuery('l’Ukraine et les élections')?.words).toEqual(['Ukraine', 'élections']);
    expect(buildSearchQuery("L'été à Dakar")?.words).toEqual(['été', 'Dakar']);
    expect(buildSearchQuery('aujourd’hui')?.words).toEqual(['aujourd’hui']);
    expect(buildSearchQuery('2026 budget')?.words).toEqual(['2026', 'budget']);
  });

  it('answers null for nothing to search', () => {
    for (const raw of [undefined, ['a'], '', '   ', 'le la les', '!!!', '\u0000\u0001']) expect(buildSearchQuery(raw)).toBeNull();
  });

  it('bounds absurd input', () => {
    const huge = buildSearchQuery('mot '.repeat(5_000));
    expect(huge?.text.length).toBeLessThanOrEqual(QUERY_MAX_LENGTH);
    expect(buildSearchQuery(Array.from({ length: 30 }, (_, i) => `mot${i}`).join(' '))?.words).toHaveLength(8);
  });

  it('bounds the terms PostgreSQL searches: each part of a hyphenated or apostrophed word is one (issue #18, 14)', () => {
    const parts = Array.from({ length: 40 }, (_, i) => `mo${i}`);
    expect(searchTermCount('dakar')).toBe(1);
    // « sud-ouest » is searched as « sud-ouest », « sud » and « ouest ».
    expect(searchTermCount('sud-ouest')).toBe(3);
    expect(searchTermCount('aujourd’hui')).toBe(3);
    for (const raw of [
      parts.join('-'),
      parts.join('’'),
      parts.map((p, i) => `${p}-${parts[(i + 1) % 40]}`).join(' '),
      `dakar ${parts.join('-')}`,
      parts.join(' '),
    ]) {
      const query = buildSearchQuery(raw);
      const terms = query?.words.reduce((sum, word) => sum + searchTermCount(word), 0) ?? 0;
      expect(terms, raw.slice(0, 30)).toBeGreaterThan(0);
      expect(terms, raw.slice(0, 30)).toBeLessThanOrEqual(QUERY_MAX_TERMS);
      expect(query?.limited, raw.slice(0, 30)).toBe(true);
    }
    // A too-long first word keeps its first parts; a later one is left out whole.
    expect(buildSearchQuery(parts.join('-'))?.words).toEqual([parts.slice(0, QUERY_MAX_TERMS - 1).join('-')]);
    expect(buildSearchQuery(`dakar ${parts.join('-')} port`)?.words).toEqual(['dakar']);
    expect(buildSearchQuery('jean-pierre à sud-ouest')).toMatchObject({ words: ['jean-pierre', 'sud-ouest'], limited: false });
  });

  it('says in French when a search was shortened', () => {
    expect(limitNotice(buildSearchQuery('port de Dakar')!)).toBeNull();
    expect(limitNotice(buildSearchQuery(Array.from({ length: 12 }, (_, i) => `mot${i}`).join(' '))!)).toBe(
      'Votre recherche a été limitée à ses 8 premiers mots\u00a0: «\u00a0mot0 mot1 mot2 mot3 mot4 mot5 mot6 mot7\u00a0».',
    );
    expect(limitNotice(buildSearchQuery(`dakar ${Array.from({ length: 30 }, (_, i) => `mo${i}`).join('-')}`)!)).toBe(
      'Votre recherche a été limitée à son premier mot\u00a0: «\u00a0dakar\u00a0».',
    );
  });

  it('turns SQL and HTML fragments into plain words', () => {
    expect(buildSearchQuery('\'; DROP TABLE "Article"; --')?.words).toEqual(['DROP', 'TABLE', 'Article']);
    expect(buildSearchQuery('<script>alert(1)</script>')?.words).toEqual(['script', 'alert', '1']);
    expect(buildSearchQuery('a & b | !c <-> d:*')?.words ?? []).not.toContain('&');
  });
});

describe('highlightToHtml', () => {
  it('escapes everything and only adds <mark>', () => {
    expect(highlightToHtml(`<img src=x onerror=alert(1)> ${MARK_START}élection${MARK_END} "x"`)).toBe(
      '&lt;img src=x onerror=alert(1) <mark>élection</mark> «\u00a0x\u00a0»',
    );
    expect(highlightToHtml(`l'opposition ${MARK_START}refuse${MARK_END} ; elle dit "non" & <b>`)).toBe(
      'l’opposition <mark>refuse</mark>\u202f; elle dit «\u00a0non\u00a0» &amp; &lt;b',
    );
  });

  it('gives extracts the story’s French typography', () => {
    expect(highlightToHtml(`les ${MARK_START}marchés${MARK_END} ; l'opposition : "moins d'une semaine" !`)).toBe(
      'les <mark>marchés</mark>\u202f; l’opposition\u00a0: «\u00a0moins d’une semaine\u00a0»\u202f!',
    );
  });

  it('drops Markdown punctuation from extracts', () => {
    expect(highlightToHtml('## Titre\n\n**gras** et _italique_')).toBe('Titre gras et italique');
  });
});

describe('withEllipses', () => {
  const text = 'Le port de Dakar ouvre un terminal. Les travaux ont duré trois ans. Il est financé par un prêt.';
  const head = text.slice(0, 80);
  const tail = text.slice(-80);

  it('marks an extract cut on both sides', () => {
    expect(withEllipses(`travaux ont duré ${MARK_START}trois${MARK_END} ans. Il est financé`, head, tail)).toBe(
      `… travaux ont duré ${MARK_START}trois${MARK_END} ans. Il est financé …`,
    );
  });

  it('adds nothing on the side where the extract meets the story’s beginning or end', () => {
    expect(withEllipses(`Le ${MARK_START}port${MARK_END} de Dakar ouvre un terminal.`, head, tail)).toBe(
      `Le ${MARK_START}port${MARK_END} de Dakar ouvre un terminal. …`,
    );
    expect(withEllipses(`Il est ${MARK_START}financé${MARK_END} par un prêt.`, head, tail)).toBe(
      `… Il est ${MARK_START}financé${MARK_END} par un prêt.`,
    );
    expect(withEllipses(text, head, tail)).toBe(text);
  });

  it('compares words, not Markdown or line breaks', () => {
    expect(withEllipses('Le titre\n\nEt la suite', '## Le **titre**\n\nEt la suite', 'Le titre\n\nEt la suite')).toBe(
      'Le titre\n\nEt la suite',
    );
  });
});
