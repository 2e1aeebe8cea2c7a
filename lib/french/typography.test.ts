import { describe, expect, it } from 'vitest';
import { applyFrenchTypography } from './typography';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('applyFrenchTypography', () => {
  it('turns the typewriter apostrophe into ’', () => {
    expect(applyFrenchTypography("L'été d'aujourd'hui")).toBe('L’été d’aujourd’hui');
  });

  it('puts non-breaking spaces inside guillemets, adding them where missing', () => {
    expect(applyFrenchTypography('il a dit «bonjour» puis « au revoir »')).toBe(`il a dit «${NBSP}bonjour${NBSP}» puis «${NBSP}au revoir${NBSP}»`);
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

  it('is idempotent', () => {
    const once = applyFrenchTypography("L'avis : « oui » ! Et toi ?");
    expect(applyFrenchTypography(once)).toBe(once);
  });

  it('collapses doubled spaces', () => {
    expect(applyFrenchTypography('deux  espaces')).toBe('deux espaces');
  });
});
