import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['L’été à Dakar', 'l-ete-a-dakar'],
    ["L'été", 'l-ete'],
    ['Œuvre complète', 'oeuvre-complete'],
    ['Cœur de ville, ex æquo', 'coeur-de-ville-ex-aequo'],
    ['Élections : « le grand soir » ?', 'elections-le-grand-soir'],
    ['  Ça   va --- bien  ', 'ca-va-bien'],
    ['Budget 2027 : +12,5 %', 'budget-2027-12-5'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('never returns an empty slug', () => {
    expect(slugify('« ! »')).toBe('article');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('une '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((word) => word === 'une')).toBe(true);
  });

  it('produces only what isValidSlug accepts', () => {
    for (const title of ['L’été', 'Œuvre', 'x'.repeat(200), '../../etc/passwd', 'a\u0000b']) {
      expect(isValidSlug(slugify(title))).toBe(true);
    }
  });
});

describe('isValidSlug', () => {
  it.each(['', 'A', 'a--b', '-a', 'a-', 'a/b', '..', 'a.b', 'é', 'a b', 'x'.repeat(81)])('refuses %j', (value) => {
    expect(isValidSlug(value)).toBe(false);
  });
});
