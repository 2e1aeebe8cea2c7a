import { describe, expect, it } from 'vitest';
import { deName } from './elision';

describe('deName', () => {
  it('elides before a vowel or a mute h, accented capitals included', () => {
    expect(deName('Awa Ndiaye')).toBe('d’Awa Ndiaye');
    expect(deName('Hélène Roux')).toBe('d’Hélène Roux');
    expect(deName('Émile Faye')).toBe('d’Émile Faye');
    expect(deName('Ousmane Sow')).toBe('d’Ousmane Sow');
  });

  it('keeps « de » before a consonant', () => {
    expect(deName('Moussa Diop')).toBe('de Moussa Diop');
    expect(deName('Claire Dubois')).toBe('de Claire Dubois');
  });
});
