import { describe, expect, it } from 'vitest';
import { entryPlainText, entrySummary } from './live-text';

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
});
