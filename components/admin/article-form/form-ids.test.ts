import { describe, expect, it } from 'vitest';
import { describedBy, fieldAnchorId, formIds } from './form-ids';

describe('the story form’s ids', () => {
  const ids = formIds('f');

  it('derive from one base', () => {
    expect(ids.title).toBe('f-titre');
    expect(ids.error('slug')).toBe('f-erreur-slug');
  });

  it('link each error to something that takes the focus', () => {
    expect(fieldAnchorId(ids, 'title')).toBe('f-titre');
    expect(fieldAnchorId(ids, 'body')).toBe('f-erreur-body');
    expect(fieldAnchorId(ids, 'placement')).toBe('f-place-NONE');
    expect(fieldAnchorId(ids, 'related')).toBe('f-recherche');
    expect(fieldAnchorId(ids, 'imageCredit')).toBe('f-image-alt');
    expect(fieldAnchorId(ids, 'unknown')).toBe('f-titre');
  });

  it('join the descriptions that apply', () => {
    expect(describedBy('a', false, null, 'b', undefined)).toBe('a b');
    expect(describedBy(false, '')).toBeUndefined();
  });
});
