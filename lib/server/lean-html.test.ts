import { describe, expect, it } from 'vitest';
import { stripClientScripts } from './lean-html';

describe('stripClientScripts', () => {
  const page = [
    '<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
    '<script src="/_next/static/chunks/b.js" async=""></script>',
    '<script src="/_next/static/chunks/p.js" noModule=""></script>',
    '<link rel="canonical" href="https://dakarinfo.sn/politique/x"/>',
    '</head><body><h1>Le budget &lt;script&gt; adopté</h1>',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\u003c/script\\u003e"}</script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || []).push({})</script>',
    '<script>self.__next_f.push([1,"<p>corps \\u003c/script>"])</script>',
    '</body></html>',
  ].join('');

  it('removes every executable script and script preload', () => {
    const lean = stripClientScripts(page);
    expect(lean).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(lean).not.toContain('__next_f');
    expect(lean).not.toContain('TURBOPACK');
    expect(lean).not.toContain('as="script"');
    expect(lean).not.toContain('modulepreload');
  });

  it('keeps structured data, styles, links and the text', () => {
    const lean = stripClientScripts(page);
    expect(lean).toContain('<script type="application/ld+json">{"@type":"NewsArticle"');
    expect(lean).toContain('rel="stylesheet"');
    expect(lean).toContain('rel="canonical"');
    expect(lean).toContain('<h1>Le budget &lt;script&gt; adopté</h1>');
    expect(lean.endsWith('</body></html>')).toBe(true);
  });

  it('leaves a page without scripts unchanged', () => {
    const plain = '<!DOCTYPE html><html><body><p>Bonjour</p></body></html>';
    expect(stripClientScripts(plain)).toBe(plain);
  });
});
