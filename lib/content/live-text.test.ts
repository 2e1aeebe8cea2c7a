import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from './render-body';
import { entryHtml, entryPlainText, entrySummary } from './live-text';

describe('live entries outside their page', () => {
  it('drops the Markdown and folds the lines', () => {
    expect(entryPlainText('**Alerte** : le [pont](/politique/pont) est fermé.\n\nDeuxième ligne.')).toBe(
      'Alerte : le pont est fermé. Deuxième ligne.',
    );
  });

  it('cuts a long entry at a word, with an ellipsis', () => {
    const summary = entrySummary('Le cortège a quitté la place de l’Indépendance vers midi et rejoint le port', 40);
    expect(summary).toBe('Le cortège a quitté la place de…');
    expect(summary.length).toBeLessThanOrEqual(40);
    expect(entrySummary('Court.', 40)).toBe('Court.');
  });

  it('renders an entry as the body renderer does, the same text twice to the same HTML, and an edited text anew', () => {
    const text = 'Le **cortège** arrive : [notre envoyé](https://example.org/source) le suit.';
    expect(entryHtml(text)).toBe(renderBodyHtml(text));
    expect(entryHtml(text)).toBe(entryHtml(text));
    expect(entryHtml(`${text} Modifié.`)).toContain('Modifié.');
    // Far more texts than it remembers: the results stay right.
    for (let i = 0; i < 5_000; i++) expect(entryHtml(`Entrée ${i}`)).toBe(`<p>Entrée ${i}</p>\n`);
    expect(entryHtml(text)).toBe(renderBodyHtml(text));
  });
});
