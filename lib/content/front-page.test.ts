import { describe, expect, it } from 'vitest';
import { describeArrangementChange, fillFront, moveItem } from './front-page';

const s = (id: string) => ({ id });
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('fillFront', () => {
  it('keeps the placed lead and titles in their order, then fills with the newest, each story once', () => {
    const filled = fillFront(
      { lead: s('b'), top: [s('d'), s('a')], latest: [s('f'), s('e'), s('d'), s('b'), s('a'), s('c')] },
      { top: 4, latest: 6 },
    );
    expect(filled.lead?.id).toBe('b');
    expect(filled.leadIsAutomatic).toBe(false);
    expect(ids(filled.top)).toEqual(['d', 'a', 'f', 'e']);
    expect(filled.placedTop).toBe(2);
    expect(ids(filled.latest)).toEqual(['c']);
  });

  it('gives the lead to the newest story when none is placed, and never shows it twice', () => {
    const filled = fillFront({ lead: null, top: [s('f'), s('a')], latest: [s('f'), s('e')] }, { top: 4, latest: 6 });
    expect(filled.lead?.id).toBe('f');
    expect(filled.leadIsAutomatic).toBe(true);
    expect(ids(filled.top)).toEqual(['a', 'e']);
  });

  it('cuts the placed titles at the number of places', () => {
    const filled = fillFront({ lead: null, top: [s('a'), s('b'), s('c')], latest: [s('z')] }, { top: 2, latest: 6 });
    expect(ids(filled.top)).toEqual(['a', 'b']);
    expect(filled.placedTop).toBe(2);
  });

  it('is empty before anything is published', () => {
    expect(fillFront({ lead: null, top: [], latest: [] })).toEqual({
      lead: null,
      leadIsAutomatic: true,
      top: [],
      placedTop: 0,
      latest: [],
    });
  });
});

describe('moveItem', () => {
  it('moves one item and keeps the others in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
  });

  it('changes nothing for a move out of the list', () => {
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], -1, 0)).toEqual(['a', 'b']);
  });
});

describe('describeArrangementChange', () => {
  const title = (id: string) => `Titre ${id}`;
  const slot = (articleId: string, pinnedUntil: string | null = null) => ({ articleId, pinnedUntil });

  it('says what moves, enters and leaves, in French', () => {
    const lines = describeArrangementChange(
      { lead: slot('a'), top: [slot('b'), slot('c')] },
      { lead: slot('d'), top: [slot('c'), slot('a')] },
      title,
    );
    expect(lines).toEqual([
      '«\u00a0Titre d\u00a0» passe en manchette principale.',
      '«\u00a0Titre b\u00a0» quitte la une.',
      '«\u00a0Titre c\u00a0» passe du titre 2 au titre 1.',
      '«\u00a0Titre a\u00a0» passe de la manchette au titre 2.',
    ]);
  });

  it('notices a pin and an empty lead, and says nothing when nothing changed', () => {
    expect(describeArrangementChange({ lead: slot('a'), top: [] }, { lead: null, top: [slot('a', '2026-12-08T18:00')] }, title)).toEqual([
      'La manchette principale revient au dernier article publié.',
      '«\u00a0Titre a\u00a0» passe de la manchette au titre 1.',
      '«\u00a0Titre a\u00a0»\u00a0: épinglage modifié.',
    ]);
    expect(describeArrangementChange({ lead: slot('a'), top: [slot('b')] }, { lead: slot('a'), top: [slot('b')] }, title)).toEqual([]);
  });
});
