import { describe, expect, it } from 'vitest';
import { withCorrections } from './corrections-json-ld';

describe('withCorrections', () => {
  it('adds each correction as a CorrectionComment, oldest first', () => {
    const article = { '@type': 'NewsArticle', headline: 'Le port' };
    const result = withCorrections(article, [
      { text: 'Second', createdAt: new Date('2026-12-08T10:00:00Z'), url: 'https://x/mises-a-jour/b' },
      { text: 'Premier', createdAt: new Date('2026-12-07T10:00:00Z'), url: 'https://x/mises-a-jour/a' },
    ]);
    expect(result.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Premier', datePublished: '2026-12-07T10:00:00.000Z', url: 'https://x/mises-a-jour/a' },
      { '@type': 'CorrectionComment', text: 'Second', datePublished: '2026-12-08T10:00:00.000Z', url: 'https://x/mises-a-jour/b' },
    ]);
    expect(result.headline).toBe('Le port');
  });

  it('leaves a story without corrections as it was', () => {
    const article = { '@type': 'NewsArticle' };
    expect(withCorrections(article, [])).toBe(article);
  });
});
