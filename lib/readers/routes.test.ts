import { describe, expect, it } from 'vitest';
import { matchRoute, ROUTES } from './routes';

const name = (path: string) => matchRoute(path)?.route.name ?? null;

describe('the readers’ route table', () => {
  it('sends every readers’ address to its page', () => {
    expect(name('/')).toBe('manchettes');
    expect(name('/recherche')).toBe('recherche');
    expect(name('/auteurs')).toBe('redaction');
    expect(name('/auteurs/awa-ndiaye')).toBe('auteur');
    expect(name('/politique')).toBe('rubrique');
    expect(name('/politique/le-budget-2027')).toBe('article');
  });

  it('gives the named segments decoded', () => {
    expect(matchRoute('/politique/le-budget')?.params).toEqual({ rubrique: 'politique', slug: 'le-budget' });
    expect(matchRoute('/auteurs/awa-ndiaye')?.params).toEqual({ slug: 'awa-ndiaye' });
    expect(matchRoute('/caf%C3%A9')?.params).toEqual({ rubrique: 'café' });
  });

  it('has no page for deeper addresses, empty segments or bad encodings (the 404)', () => {
    for (const path of ['/politique/le-budget/suite', '/politique/', '//x', '/%E0%A4%A', 'politique', '/a/b/c/d'])
      expect(name(path), path).toBeNull();
  });

  it('lists a literal segment before the named one that would take it', () => {
    const order = ROUTES.map((route) => route.name);
    expect(order.indexOf('recherche')).toBeLessThan(order.indexOf('rubrique'));
    expect(order.indexOf('redaction')).toBeLessThan(order.indexOf('rubrique'));
    expect(order.indexOf('auteur')).toBeLessThan(order.indexOf('article'));
  });
});
