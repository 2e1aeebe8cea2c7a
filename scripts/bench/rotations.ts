/**
 * For the runs that render every request (PAGE_CACHE=off): several pages of the same kind, requested
 * in turn by wrk (scripts/bench/wrk.lua), so that the database does not serve one row over and over
 * from the same cached buffers. The measured page comes first; the home and « La rédaction » exist once.
 */
import type { TPage } from './results';
import { query } from './util';

/** Broad searches: topical words of the generated stories (scripts/bench/seed.ts), like « sécheresse ». */
export const SEARCH_ROTATION = ['sécheresse', 'retraites', 'vaccination', 'pirogues', 'mangroves', 'carburant', 'logements', 'littoral'];
const ARTICLES = 20;

const withFirst = (first: string, others: string[]) => [first, ...others.filter((p) => p !== first)];

export async function uncachedRotations(databaseUrl: string, pages: TPage[]): Promise<Record<string, string[]>> {
  const rubriques = await query<{ slug: string }>(databaseUrl, `SELECT slug FROM "Rubrique" ORDER BY slug`);
  // The demo stories (the measured one among them): real bodies, pictures and « À lire aussi » links.
  const articles = await query<{ rubrique: string; slug: string }>(
    databaseUrl,
    `SELECT r.slug AS rubrique, a.slug FROM "Article" a JOIN "Rubrique" r ON r.id = a."rubriqueId"
     WHERE a.status = 'PUBLISHED' AND a.id NOT LIKE 'gen%' ORDER BY a."publishedAt" DESC LIMIT ${ARTICLES}`,
  );
  const authors = await query<{ slug: string }>(
    databaseUrl,
    `SELECT u.slug FROM "User" u WHERE EXISTS (SELECT 1 FROM "Article" a WHERE a."authorId" = u.id AND a.status = 'PUBLISHED') ORDER BY u.slug`,
  );
  const kinds: Record<string, string[]> = {
    rubrique: rubriques.map((r) => `/${r.slug}`),
    article: articles.map((a) => `/${a.rubrique}/${a.slug}`),
    author: authors.map((a) => `/auteurs/${a.slug}`),
    search: SEARCH_ROTATION.map((word) => `/recherche?q=${encodeURIComponent(word)}`),
  };
  return Object.fromEntries(pages.map((page) => [page.key, withFirst(page.path, kinds[page.key] ?? [])]));
}
