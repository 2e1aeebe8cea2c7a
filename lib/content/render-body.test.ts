import { describe, expect, it } from 'vitest';
import { bodyToPlainText, renderBody, renderBodyHtml } from './render-body';

describe('renderBody', () => {
  it('renders paragraphs, intertitles and quotes', () => {
    const html = renderBodyHtml('Premier paragraphe.\n\n## Un intertitre\n\n> Une citation.');
    expect(html).toContain('<p>Premier paragraphe.</p>');
    expect(html).toContain('<h2>Un intertitre</h2>');
    expect(html).toContain('<blockquote>');
  });

  it('never lets raw HTML, event handlers or javascript: links through', () => {
    const html = renderBodyHtml(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[clic](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)',
    );
    expect(html).not.toMatch(/<script|<img|<[^>]*\son\w+=|href="javascript:|href="data:/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps the page’s single h1: a # heading in a body becomes an h2', () => {
    expect(renderBodyHtml('# Titre')).toContain('<h2>Titre</h2>');
  });

  it('applies French typography to text but not to link targets', () => {
    const html = renderBodyHtml("L'avis : [voir](https://exemple.fr/a?b=1) !");
    expect(html).toContain('L’avis\u00a0:');
    expect(html).toContain('href="https://exemple.fr/a?b=1"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('splits the body at a block boundary near its middle, for the inline related link', () => {
    const body = ['Un.', 'Deux.', 'Trois.', 'Quatre.'].join('\n\n');
    const { before, after } = renderBody(body);
    expect(before).toBe('<p>Un.</p>\n<p>Deux.</p>\n');
    expect(after).toBe('<p>Trois.</p>\n<p>Quatre.</p>\n');
  });

  it('never splits inside a list or a quote', () => {
    const body = 'Intro.\n\n- un\n- deux\n- trois\n\nFin.';
    const { before, after } = renderBody(body);
    expect(before + after).toBe(renderBodyHtml(body));
    expect((before.match(/<ul>/g) ?? []).length + (after.match(/<ul>/g) ?? []).length).toBe(1);
    expect(before.includes('<ul>') === before.includes('</ul>')).toBe(true);
  });

  it('puts a one-paragraph body entirely before the link', () => {
    expect(renderBody('Seul.')).toEqual({ before: '<p>Seul.</p>\n', after: '' });
  });
});

describe('bodyToPlainText', () => {
  it('drops the markup', () => {
    expect(bodyToPlainText('## Titre\n\nUn **mot** et [un lien](https://exemple.fr).')).toBe('Titre\nUn mot et un lien.');
  });
});
