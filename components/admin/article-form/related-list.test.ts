import { describe, expect, it } from 'vitest';
import { RELATED_MAX } from '@/lib/validation/article';
import { addRelated, chosenFromArticle, isRelatedFull, moveRelated, showsInline, UNAVAILABLE_TITLE, type TChosen } from './related-list';

const story = (id: string): TChosen => ({ id, title: `Titre ${id}`, status: 'PUBLISHED' });
const candidate = (id: string) => ({
  id,
  title: `Titre ${id}`,
  rubrique: 'Politique',
  rubriqueSlug: 'politique',
  slug: `titre-${id}`,
  publishedAt: null,
});
const ids = (list: TChosen[] | undefined) => list?.map((c) => c.id);

describe('« À lire aussi »', () => {
  it('opens with the story’s links, a hidden one shown as unavailable', () => {
    expect(chosenFromArticle([{ id: 'a', title: null, status: null, inline: false }])).toEqual([
      { id: 'a', title: UNAVAILABLE_TITLE, status: null },
    ]);
    expect(chosenFromArticle(undefined)).toEqual([]);
  });

  it('adds a published story at the end and announces its position', () => {
    const change = addRelated([story('a')], candidate('b'));
    expect(ids(change?.next)).toEqual(['a', 'b']);
    expect(change?.next[1]).toEqual({ id: 'b', title: 'Titre b', status: 'PUBLISHED', rubrique: 'Politique' });
    expect(change?.announcement).toBe('«\u00a0Titre b\u00a0» ajouté en position 2.');
    expect(change?.focus).toBeUndefined();
  });

  it('adds nothing twice, nor beyond the limit', () => {
    expect(addRelated([story('a')], candidate('a'))).toBeNull();
    const full = Array.from({ length: RELATED_MAX }, (_, i) => story(`s${i}`));
    expect(isRelatedFull(full)).toBe(true);
    expect(isRelatedFull(full.slice(1))).toBe(false);
    expect(addRelated(full, candidate('new'))).toBeNull();
  });

  it('moves a story up or down, the focus following it', () => {
    const list = [story('a'), story('b'), story('c')];
    const up = moveRelated(list, 2, 'up');
    expect(ids(up?.next)).toEqual(['a', 'c', 'b']);
    expect(up?.announcement).toBe('«\u00a0Titre c\u00a0» déplacé en position 2 sur 3.');
    expect(up?.focus).toEqual({ id: 'c', move: 'up' });
    expect(ids(moveRelated(list, 0, 'down')?.next)).toEqual(['b', 'a', 'c']);
    expect(list.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('does not move the first up nor the last down', () => {
    const list = [story('a'), story('b')];
    expect(moveRelated(list, 0, 'up')).toBeNull();
    expect(moveRelated(list, 1, 'down')).toBeNull();
  });

  it('removes a story, the focus going to the next one, else the previous one, else the search field', () => {
    const list = [story('a'), story('b'), story('c')];
    const middle = moveRelated(list, 1, 'remove');
    expect(ids(middle?.next)).toEqual(['a', 'c']);
    expect(middle?.announcement).toBe('«\u00a0Titre b\u00a0» retiré.');
    expect(middle?.focus).toEqual({ id: 'c', move: 'remove' });
    expect(moveRelated(list, 2, 'remove')?.focus).toEqual({ id: 'b', move: 'remove' });
    expect(moveRelated([story('a')], 0, 'remove')?.focus).toEqual({ id: null, move: 'remove' });
  });

  it('shows the first story inside the text only when there is one', () => {
    expect(showsInline(['a'], true)).toBe(true);
    expect(showsInline([], true)).toBe(false);
    expect(showsInline(['a'], false)).toBe(false);
  });
});
