import { describe, expect, it } from 'vitest';
import type { TFields } from './form-fields';
import { listFrench, mergeStory, resolveStory } from './merge-story';

const base: TFields = {
  title: 'Le port de Dakar',
  chapo: 'Un nouveau terminal.',
  body: 'Premier paragraphe.\n\nDeuxième paragraphe.',
  rubriqueId: 'eco',
  slug: 'le-port',
  placement: 'NONE',
  related: ['a', 'b'],
  relatedInline: false,
  scheduledAt: '',
  imageId: '',
  imageAlt: '',
  imageCaption: '',
  imageCredit: '',
};
const edit = (changes: Partial<TFields>): TFields => ({ ...base, ...changes });

describe('mergeStory', () => {
  it('merges the title against the body, a picture against a link, without asking', () => {
    const mine = edit({ title: 'Le port de Dakar s’agrandit', related: ['a', 'b', 'c'] });
    const theirs = edit({ body: 'Premier paragraphe.\n\nDeuxième paragraphe, complété.', imageId: 'img', imageAlt: 'Des grues' });
    const merge = mergeStory(base, mine, theirs);
    expect(merge.conflicts).toEqual([]);
    expect(merge.theirChanges).toEqual(['le texte', 'l’image principale']);
    expect(resolveStory(merge, {})).toEqual({
      ...base,
      title: 'Le port de Dakar s’agrandit',
      body: 'Premier paragraphe.\n\nDeuxième paragraphe, complété.',
      related: ['a', 'b', 'c'],
      imageId: 'img',
      imageAlt: 'Des grues',
    });
  });

  it('asks about what both changed, and nothing else', () => {
    const mine = edit({ title: 'Mon titre', placement: 'TOP', body: 'Premier paragraphe, le mien.\n\nDeuxième paragraphe.' });
    const theirs = edit({
      title: 'Son titre',
      placement: 'LEAD',
      body: 'Premier paragraphe, le sien.\n\nDeuxième paragraphe.',
      chapo: 'Un chapô neuf.',
    });
    const merge = mergeStory(base, mine, theirs);
    expect(merge.conflicts.map((c) => c.key)).toEqual(['title:0', 'body:0', 'placement']);
    expect(resolveStory(merge, { 'title:0': { take: 'mine' }, 'body:0': { take: 'both' } })).toBeNull();
    expect(resolveStory(merge, { 'title:0': { take: 'mine' }, 'body:0': { take: 'both' }, placement: { take: 'theirs' } })).toEqual({
      ...base,
      title: 'Mon titre',
      chapo: 'Un chapô neuf.',
      body: 'Premier paragraphe, le mien.\n\nPremier paragraphe, le sien.\n\nDeuxième paragraphe.',
      placement: 'LEAD',
    });
  });

  it('keeps a picture as a whole: both changed it, one is chosen', () => {
    const merge = mergeStory(base, edit({ imageId: 'mine', imageAlt: 'A' }), edit({ imageId: 'theirs', imageAlt: 'B' }));
    expect(merge.conflicts).toMatchObject([
      { key: 'image', mine: { imageId: 'mine', imageAlt: 'A' }, theirs: { imageId: 'theirs', imageAlt: 'B' } },
    ]);
    expect(resolveStory(merge, { image: { take: 'theirs' } })).toMatchObject({ imageId: 'theirs', imageAlt: 'B' });
  });

  it('says the list in French', () => {
    expect(listFrench(['le titre'])).toBe('le titre');
    expect(listFrench(['le titre', 'le texte', 'l’image principale'])).toBe('le titre, le texte et l’image principale');
  });
});
