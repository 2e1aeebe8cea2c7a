/**
 * A story's corrections in its structured data: schema.org's `correction` on a CreativeWork, each a
 * `CorrectionComment` with its text, date and the address of what it changed. Pure.
 */
import type { TJsonLd } from './json-ld';

export type TCorrectionInput = { text: string; createdAt: Date; url: string };

/** The article's JSON-LD with its corrections, oldest first; unchanged without any. */
export function withCorrections(article: TJsonLd, corrections: TCorrectionInput[]): TJsonLd {
  if (corrections.length === 0) return article;
  const ordered = [...corrections].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return {
    ...article,
    correction: ordered.map((correction) => ({
      '@type': 'CorrectionComment',
      text: correction.text,
      datePublished: correction.createdAt.toISOString(),
      url: correction.url,
    })),
  };
}
