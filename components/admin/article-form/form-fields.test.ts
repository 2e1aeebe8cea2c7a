import { describe, expect, it } from 'vitest';
import { initialFields, sameFields, theirFields, type TFields } from './form-fields';
import type { TArticleFormArticle, TConflict } from './types';

const article: TArticleFormArticle = {
  id: 'a1',
  title: 'Le port de Dakar',
  chapo: 'Chapô.',
  body: 'Texte.',
  slug: 'le-port-de-dakar',
  rubriqueId: 'r1',
  placement: 'TOP',
  status: 'SCHEDULED',
  version: 3,
  publishedAt: null,
  scheduledAt: '2026-07-01T08:30:00.000Z',
  related: [
    { id: 'b', title: 'B', status: 'PUBLISHED', inline: true },
    { id: 'c', title: null, status: null, inline: false },
  ],
  image: { id: 'img', width: 800, height: 600 },
  imageAlt: 'Des pirogues',
  imageCaption: '',
  imageCredit: 'AFP',
};

const fields = (changes: Partial<TFields> = {}): TFields => ({ ...initialFields(article), ...changes });

describe('the story form’s fields', () => {
  it('start from the story (its schedule in Paris time, the inline flag of the first link)', () => {
    expect(initialFields(article)).toEqual({
      title: 'Le port de Dakar',
      chapo: 'Chapô.',
      body: 'Texte.',
      rubriqueId: 'r1',
      slug: 'le-port-de-dakar',
      placement: 'TOP',
      related: ['b', 'c'],
      relatedInline: true,
      scheduledAt: '2026-07-01T10:30',
      imageId: 'img',
      imageAlt: 'Des pirogues',
      imageCaption: '',
      imageCredit: 'AFP',
    });
  });

  it('start empty for a new story', () => {
    const empty = initialFields(undefined);
    expect(empty).toMatchObject({
      title: '',
      body: '',
      placement: 'NONE',
      related: [],
      relatedInline: false,
      scheduledAt: '',
      imageId: '',
    });
  });

  it('are the same story when only what the server ignores differs', () => {
    expect(sameFields(fields(), fields())).toBe(true);
    expect(sameFields(fields(), fields({ title: ' Le port de Dakar ', chapo: 'Chapô. ', slug: 'le-port-de-dakar ' }))).toBe(true);
    expect(sameFields(fields({ body: 'Un\nDeux' }), fields({ body: 'Un\r\nDeux' }))).toBe(true);
    // The inline flag means nothing without a linked story.
    expect(sameFields(fields({ related: [], relatedInline: true }), fields({ related: [], relatedInline: false }))).toBe(true);
    // Without a picture, its words are dropped.
    expect(sameFields(fields({ imageId: '', imageAlt: 'a' }), fields({ imageId: '', imageAlt: 'b' }))).toBe(true);
  });

  it('differ on any change the server would store', () => {
    const changes: Partial<TFields>[] = [
      { title: 'Autre' },
      { chapo: '' },
      { body: 'Texte. ' },
      { rubriqueId: 'r2' },
      { slug: 'autre' },
      { placement: 'LEAD' },
      { related: ['c', 'b'] },
      { relatedInline: false },
      { scheduledAt: '' },
      { imageId: 'other' },
      { imageAlt: 'Un marché' },
      { imageCaption: 'Légende' },
      { imageCredit: 'APS' },
    ];
    for (const change of changes) expect(sameFields(fields(), fields(change)), JSON.stringify(change)).toBe(false);
  });

  it('read the version saved by someone else as the form’s fields', () => {
    const conflict: TConflict = {
      title: 'Titre enregistré',
      chapo: 'Chapô enregistré',
      body: 'Texte enregistré',
      version: 4,
      lastEditorName: 'Awa',
      image: { id: 'img', width: 800, height: 600 },
      imageAlt: 'Des pirogues',
      imageCaption: '',
      imageCredit: 'AFP',
      rubriqueId: 'r2',
      slug: 'le-port',
      placement: 'TOP',
      related: [{ id: 'a1', title: 'Un lien', status: 'PUBLISHED', inline: true }],
      scheduledAt: null,
      updatedAt: '2026-07-01T08:00:00.000Z',
    };
    expect(theirFields(conflict)).toEqual({
      title: 'Titre enregistré',
      chapo: 'Chapô enregistré',
      body: 'Texte enregistré',
      rubriqueId: 'r2',
      slug: 'le-port',
      placement: 'TOP',
      related: ['a1'],
      relatedInline: true,
      scheduledAt: '',
      imageId: 'img',
      imageAlt: 'Des pirogues',
      imageCaption: '',
      imageCredit: 'AFP',
    });
  });
});
