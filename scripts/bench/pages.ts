/**
 * The readers' pages `npm run bench` measures: the home, a rubrique, the demo story with the most
 * « À lire aussi » links (same slug in both newsrooms), its author, « La rédaction » and a broad
 * search; a narrow search besides for the renders and plans; and the pages the uncached runs rotate over.
 */
import type { TPage } from './results';
import { uncachedRotations } from './rotations';
import { LARGE_DB, NARROW_SEARCH, SEARCH_WORD } from './settings';
import { fmtInt, note, query } from './util';

export type TBenchPages = {
  story: { id: string; slug: string; rubrique: string; author: string; body: string };
  pages: TPage[];
  /** The pages and the narrow search: the uncached renders and the query plans. */
  renderPages: TPage[];
  rotations: Record<string, string[]>;
  /** Published stories of the large newsroom each search matches. */
  searchMatches: { broad: number; narrow: number };
  /** A sentence of the story's body, looked for in the article's HTML. */
  bodySample: string | undefined;
};

export async function benchPages(largeUrl: string): Promise<TBenchPages> {
  const [story] = await query<TBenchPages['story']>(
    largeUrl,
    `SELECT a.id, a.slug, r.slug AS rubrique, u.slug AS author, a.body
     FROM "Article" a JOIN "Rubrique" r ON r.id = a."rubriqueId" JOIN "User" u ON u.id = a."authorId"
     WHERE a.status = 'PUBLISHED' AND a.id NOT LIKE 'gen%'
     ORDER BY (SELECT count(*) FROM "RelatedLink" l WHERE l."articleId" = a.id) DESC, a."publishedAt" DESC LIMIT 1`,
  );
  const pages: TPage[] = [
    { key: 'home', label: 'Home', path: '/' },
    { key: 'rubrique', label: 'Rubrique', path: '/politique' },
    { key: 'article', label: 'Article', path: `/${story.rubrique}/${story.slug}` },
    { key: 'author', label: 'Author', path: `/auteurs/${story.author}` },
    { key: 'authors', label: 'Authors', path: '/auteurs' },
    { key: 'search', label: 'Search', path: `/recherche?q=${encodeURIComponent(SEARCH_WORD)}` },
  ];
  const narrowSearch: TPage = { key: 'search-narrow', label: 'Search (narrow)', path: `/recherche?q=${encodeURIComponent(NARROW_SEARCH)}` };
  const renderPages = [...pages, narrowSearch];
  const rotations = await uncachedRotations(largeUrl, pages);
  note(`uncached runs rotate over ${pages.map((p) => `${rotations[p.key].length} ${p.label.toLowerCase()}`).join(', ')} page(s)`);
  const matches = async (words: string) => {
    const [row] = await query<{ n: string }>(
      largeUrl,
      `SELECT count(*) AS n FROM "Article" WHERE status = 'PUBLISHED' AND "searchVector" @@ plainto_tsquery('french_unaccent', $1)`,
      [words],
    );
    return Number(row.n);
  };
  const searchMatches = { broad: await matches(SEARCH_WORD), narrow: await matches(NARROW_SEARCH) };
  note(
    `search « ${SEARCH_WORD} » matches ${fmtInt(searchMatches.broad)} published stories of ${LARGE_DB}; « ${NARROW_SEARCH} » ${fmtInt(searchMatches.narrow)}`,
  );
  const bodySample = /[A-Za-zÀ-ÿ ]{40,}/.exec(story.body)?.[0].trim().slice(0, 40);
  return { story, pages, renderPages, rotations, searchMatches, bodySample };
}

/** The page of `key` (it is among the measured pages). */
export const pageOf = (pages: TPage[], key: string) => pages.find((p) => p.key === key) as TPage;
