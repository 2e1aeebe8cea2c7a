import { describe, expect, it } from 'vitest';
import { applyFrenchTypography } from './typography';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('applyFrenchTypography', () => {
  it('turns the typewriter apostrophe into ’', () => {
    expect(applyFrenchTypography("L'été d'aujourd'hui")).toBe('L’été d’aujourd’hui');
  });

  it('puts non-breaking spaces inside guillemets, adding them where missing', () => {
    expect(applyFrenchTypography('il a dit «bonjour» puis « au revoir »')).toBe(
      `il a dit «${NBSP}bonjour${NBSP}» puis «${NBSP}au revoir${NBSP}»`,
    );
  });

  it('turns straight double quotes into guillemets', () => {
    expect(applyFrenchTypography('le "grand soir"')).toBe(`le «${NBSP}grand soir${NBSP}»`);
  });

  it('puts a non-breaking space before the colon and a narrow one before ; ! ?', () => {
    expect(applyFrenchTypography('Objectif : gagner; vraiment! Pourquoi?')).toBe(
      `Objectif${NBSP}: gagner${NNBSP}; vraiment${NNBSP}! Pourquoi${NNBSP}?`,
    );
  });

  it('leaves times, ratios and URLs alone', () => {
    expect(applyFrenchTypography('à 20:47, voir https://exemple.fr/a?b=1')).toBe('à 20:47, voir https://exemple.fr/a?b=1');
  });

  it('does not split « ?! » runs', () => {
    expect(applyFrenchTypography('Vraiment ?!')).toBe(`Vraiment${NNBSP}?!`);
  });

  it('keeps numbers with what they count: percentages, thousands, units', () => {
    expect(applyFrenchTypography('7 % des 1 200 enfants, en 2 h 09 min 52 s')).toBe(
      `7${NNBSP}% des 1${NNBSP}200 enfants, en 2${NBSP}h 09${NBSP}min 52${NBSP}s`,
    );
    expect(applyFrenchTypography('500 millions de francs, 12 500 000 habitants, 3 km')).toBe(
      `500${NBSP}millions de francs, 12${NNBSP}500${NNBSP}000 habitants, 3${NBSP}km`,
    );
  });

  it('leaves numbers that merely follow each other, and words after a number, alone', () => {
    expect(applyFrenchTypography('les 12 1234 et 2026 sera')).toBe('les 12 1234 et 2026 sera');
    expect(applyFrenchTypography('les 3 salles, 4 minutes')).toBe('les 3 salles, 4 minutes');
  });

  it('is idempotent', () => {
    const once = applyFrenchTypography("L'avis : « oui » ! Et toi ? 1 200 enfants, 7 %, 2 h 09");
    expect(applyFrenchTypography(once)).toBe(once);
    // Marks in a row, where one pass's space made the previous mark end a word (found by lib/fuzz.test.ts).
    for (const text of ['!::', ';:!', 'Quoi !:: non']) {
      const typeset = applyFrenchTypography(text);
      expect(applyFrenchTypography(typeset)).toBe(typeset);
    }
  });

  it('collapses doubled spaces', () => {
    expect(applyFrenchTypography('deux  espaces')).toBe('deux espaces');
  });
});
