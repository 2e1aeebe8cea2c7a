import { describe, expect, it } from 'vitest';
import { publicAddress, suggestSlug } from './address';

describe('the story’s address', () => {
  it('turns words into an address when the field is left', () => {
    expect(suggestSlug('L’été à Dakar')).toBe('l-ete-a-dakar');
    expect(suggestSlug(' Œuvre ')).toBe('oeuvre');
  });

  it('leaves an empty field, a valid address and text without a letter or digit as typed', () => {
    expect(suggestSlug('')).toBe('');
    expect(suggestSlug('   ')).toBe('   ');
    expect(suggestSlug(' le-port ')).toBe(' le-port ');
    expect(suggestSlug('---')).toBe('---');
  });

  it('leads to /<rubrique>/<slug> once both are known', () => {
    expect(publicAddress('politique', ' le-port ')).toBe('/politique/le-port');
    expect(publicAddress(undefined, 'le-port')).toBeUndefined();
    expect(publicAddress('politique', ' ')).toBeUndefined();
  });
});
