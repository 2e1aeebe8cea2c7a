import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { keyFor, noteKeys } from '../cache/keys';
import { readDb } from '../db';
import { highlightToHtml, MARK_END, MARK_START, type TSearchQuery, withEllipses } from '../search/query';
import { articleHref } from './published';

export const SEARCH_PAGE_SIZE = 10;
export const SEARCH_MAX_PAGE = 50;
/**
 * How many matches are ranked at most: the most recent ones. Also what pagination can reach
 * (SEARCH_MAX_PAGE × SEARCH_PAGE_SIZE); beyond, the count says « plus de ».
 */
export const SEARCH_CANDIDATES = 500;
/** Below this many exact matches, words also match as prefixes of longer ones (« élect » → « électoral »). */
export const SEARCH_WIDEN_BELOW = 50;

export type TSearchHit = {
  id: string;
  title: string;
  href: string;
  rubrique: { slug: string; name: string };
  author: string;
  publishedAt: Date;
  /** Escaped HTML with <mark> around the matches. */
  extractHtml: string;
};

export type TSearchResults = { hits: TSearchHit[]; page: number; hasNext: boolean; total: number; capped: boolean };

type TRow = {
  id: string;
  title: string;
  slug: string;
  rubrique_slug: string;
  rubrique_name: string;
  author: string;
  published_at: Date;
  extract: string;
  head: string;
  tail: string;
  total: bigint;
};

/**
 * At or above this estimated share of stories matching, the newest matches are first looked for by
 * walking the publication-date index from the newest story (about SEARCH_CANDIDATES / share stories
 * read); below it, year by year through the per-year search index (about share × a year's stories
 * read). The two costs cross near 5 % for a newsroom publishing some 100,000 stories a year.
 */
export const SEARCH_WALK_ABOVE_SHARE = 0.05;
/**
 * The walk reads at most this many stories (the newest). The share is an estimate (words taken as
 * independent, over the whole archive and every rubrique): when the walk finds fewer than
 * SEARCH_CANDIDATES within them, the year-by-year search answers instead, so no query reads the
 * archive from end to end.
 */
export const SEARCH_WALK_MAX_STORIES = 20_000;

export type TCandidateStrategy = 'walk' | 'years';
type TSearchOptions = {
  page: number;
  rubriqueId?: string;
  /** Tests only: force one way of finding the candidates. */ strategy?: TCandidateStrategy;
};

/**
 * Published stories matching every word (French stems, accents ignored), best first among the
 * SEARCH_CANDIDATES most recent matches: title matches outrank chapô and body ones. When exact stems
 * find fewer than SEARCH_WIDEN_BELOW stories, stems of 5 letters or more also match as prefixes
 * (« élections » then finds « électoral »), an exact stem still ranking higher.
 *
 * Cost stays bounded whatever the archive's size, because the candidates (the newest matches) are
 * found without reading every match:
 * - year after year, newest first, through a GIN index whose keys carry the year (« 2025:kedougou »,
 *   `dakarinfo_search_keys`, see the search_by_year migration), stopping as soon as
 *   SEARCH_CANDIDATES are found: a narrow query on a ten-year archive reads two or three years'
 *   matches, not ten; a rare one costs one small index lookup per year;
 * - for a word in many stories, a year can hold tens of thousands of matches: the publication-date
 *   index is walked from the newest story instead, through SEARCH_WALK_MAX_STORIES at most.
 * Which way is tried comes from PostgreSQL's statistics on the words (the share of stories that
 * contain each), read in the same query that normalises them; both give the same stories.
 * The words are bound parameters turned into tsqueries by PostgreSQL itself: no injection path.
 */
export async function searchArticles(query: TSearchQuery, options: TSearchOptions): Promise<TSearchResults> {
  noteKeys(keyFor.search);
  const db = await readDb();
  const [[terms], shares] = await Promise.all([
    db.$queryRaw<TTerms[]>`
      -- The lexemes are already normalised (accents, stems): cast to tsquery as they are (to_tsquery
      -- would stem them a second time). Each lexeme is written "{y}:lexeme" (see TQueryTemplate).
      WITH words AS (SELECT lexeme FROM unnest(to_tsvector('french_unaccent', ${query.words.join(' ')})) AS t(lexeme))
      SELECT string_agg(quote_literal('{y}:' || lexeme), ' & ') AS exact,
             string_agg(CASE WHEN length(lexeme) >= 5 THEN '(' || quote_literal('{y}:' || lexeme) || ' | ' || quote_literal('{y}:' || lexeme) || ':*)' ELSE quote_literal('{y}:' || lexeme) END, ' & ') AS widened,
             coalesce(array_agg(lexeme), '{}') AS lexemes
      FROM words`,
    wordShares(db),
  ]);
  if (!terms?.exact || !terms.widened) return { hits: [], page: options.page, hasNext: false, total: 0, capped: false };
  // The planner's own estimate: words taken as independent; a word missing from the most common
  // ones counts as rare. Its logarithm, a sum: the product of many small shares would underflow.
  const logShare = terms.lexemes.reduce((sum, lexeme) => sum + Math.log(Math.max(shares.get(lexeme) ?? 0, 1e-12)), 0);
  const strategy = options.strategy ?? (logShare >= Math.log(SEARCH_WALK_ABOVE_SHARE) ? 'walk' : 'years');
  const exact = await rankedPage({ exact: terms.exact, match: terms.exact, strategy }, options);
  if (exact.total >= SEARCH_WIDEN_BELOW || terms.widened === terms.exact) return exact;
  // Widening happens for rare words only: year by year, each prefix lookup stays within a year.
  return rankedPage({ exact: terms.exact, match: terms.widened, strategy: options.strategy ?? 'years' }, options);
}

/**
 * The share of stories that contain each of the most common words, from PostgreSQL's statistics on
 * the search vectors (what ANALYZE found). They move only when the table is analysed again: read
 * once per WORD_SHARES_TTL_MS, not on every search (the view costs more than the search's first query).
 */
const WORD_SHARES_TTL_MS = 10 * 60_000;
let wordSharesKept: { at: number; shares: Promise<Map<string, number>> } | null = null;

type TDb = Awaited<ReturnType<typeof readDb>>;

function wordShares(db: TDb): Promise<Map<string, number>> {
  if (wordSharesKept && Date.now() - wordSharesKept.at < WORD_SHARES_TTL_MS) return wordSharesKept.shares;
  const shares = db.$queryRaw<{ elems: string[] | null; freqs: number[] | null }[]>`
    SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs
    FROM pg_stats s
    WHERE s.schemaname = current_schema() AND s.tablename = 'Article' AND s.attname = 'searchVector'
    LIMIT 1`.then(([row]) => new Map((row?.elems ?? []).map((elem, i) => [elem, Number(row?.freqs?.[i] ?? 0)])));
  const kept = { at: Date.now(), shares };
  wordSharesKept = kept;
  // A failed read is not kept: the next search asks again.
  shares.catch(() => {
    if (wordSharesKept === kept) wordSharesKept = null;
  });
  return shares;
}

/** Tests: statistics just taken (ANALYZE) are read by the next search. */
export function forgetWordShares(): void {
  wordSharesKept = null;
}

/**
 * A tsquery's text with "{y}:" before each lexeme (« '{y}:kedougou' & '{y}:moratoir' »): with a year
 * in its place, it asks the per-year keys; without the marks (forVector), it asks searchVector.
 */
type TQueryTemplate = string;
const forVector = (template: TQueryTemplate): string => template.replaceAll('{y}:', '');

type TTerms = { exact: TQueryTemplate | null; widened: TQueryTemplate | null; lexemes: string[] };
/** `exact` ranks; `match` finds (exact, or widened with prefixes). */
export type TMatch = { exact: TQueryTemplate; match: TQueryTemplate; strategy: TCandidateStrategy };

/** The SEARCH_CANDIDATES newest published matches (id, date, tsvector), newest first. Exported for tests. */
export function candidatesSql({ match, strategy }: TMatch, rubriqueId: string | undefined): Prisma.Sql {
  const rubriqueFilter = rubriqueId ? Prisma.sql`AND a."rubriqueId" = ${rubriqueId}` : Prisma.empty;
  // One lookup per year, newest year first; each year's matches come sorted, and the years do not
  // overlap, so the nested loop yields the newest matches first and the LIMIT stops it: older years
  // are never read once enough are found. (A LATERAL subquery with its own LIMIT can only be the
  // inner side of a nested loop; wrapping this in ORDER BY or DISTINCT would read every year.)
  // The expression must be the index's, word for word.
  const byYear = Prisma.sql`
      SELECT m.id, m."publishedAt", m."searchVector"
      FROM generate_series(
        (SELECT date_part('year', max(b."publishedAt"))::int FROM "Article" b WHERE b.status = 'PUBLISHED' AND b."publishedAt" IS NOT NULL),
        (SELECT date_part('year', min(b."publishedAt"))::int FROM "Article" b WHERE b.status = 'PUBLISHED' AND b."publishedAt" IS NOT NULL),
        -1) AS y(year)
      CROSS JOIN LATERAL (
        SELECT a.id, a."publishedAt", a."searchVector"
        FROM "Article" a
        WHERE dakarinfo_search_keys(a."publishedAt", a."searchVector") @@ replace(${match}, '{y}', y.year::text)::tsquery
          AND a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL ${rubriqueFilter}
        ORDER BY a."publishedAt" DESC, a.id DESC
        LIMIT ${SEARCH_CANDIDATES}
      ) m
      LIMIT ${SEARCH_CANDIDATES}`;
  if (strategy === 'years') return byYear;
  // The walk: the newest stories in date order, kept when they match, until SEARCH_CANDIDATES do or
  // SEARCH_WALK_MAX_STORIES were read. Only if it fell short does the year-by-year search run (a
  // one-time condition: PostgreSQL does not start that branch otherwise).
  return Prisma.sql`
      WITH walked AS MATERIALIZED (
        SELECT w.id, w."publishedAt", w."searchVector"
        FROM (
          SELECT a.id, a."publishedAt", a."searchVector"
          FROM "Article" a
          WHERE a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL ${rubriqueFilter}
          ORDER BY a."publishedAt" DESC, a.id DESC
          LIMIT ${SEARCH_WALK_MAX_STORIES}
        ) w
        WHERE w."searchVector" @@ ${forVector(match)}::tsquery
        LIMIT ${SEARCH_CANDIDATES}
      )
      SELECT * FROM walked WHERE (SELECT count(*) FROM walked) >= ${SEARCH_CANDIDATES}
      UNION ALL
      (SELECT * FROM (${byYear}) AS yearly WHERE (SELECT count(*) FROM walked) < ${SEARCH_CANDIDATES})`;
}

async function rankedPage(terms: TMatch, options: TSearchOptions): Promise<TSearchResults> {
  const [exact, match] = [forVector(terms.exact), forVector(terms.match)];
  const offset = (options.page - 1) * SEARCH_PAGE_SIZE;
  const headlineOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=18, MaxFragments=2, FragmentDelimiter=" … "`;
  // Exact stems count ten times more than prefix matches; without widening both are the same query.
  const rank =
    exact === match
      ? Prisma.sql`ts_rank_cd(c."searchVector", ${exact}::tsquery, 1) * 11`
      : Prisma.sql`ts_rank_cd(c."searchVector", ${exact}::tsquery, 1) * 10 + ts_rank_cd(c."searchVector", ${match}::tsquery, 1)`;
  const rows = await (
    await readDb()
  ).$queryRaw<TRow[]>`
    WITH candidates AS (${candidatesSql(terms, options.rubriqueId)}),
    ranked AS (
      -- The candidates carry their tsvector: ranking reads no row again; the text columns are read
      -- for the page's stories alone.
      SELECT c.id, c."publishedAt", ${rank} AS rank, count(*) OVER () AS total
      FROM candidates c
      ORDER BY rank DESC, c."publishedAt" DESC, c.id DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT m.id, a.title, a.slug, r.slug AS rubrique_slug, r.name AS rubrique_name, u.name AS author,
           m."publishedAt" AS published_at, m.total,
           ts_headline('french_unaccent', a.chapo || ' ' || a.body, ${match}::tsquery, ${headlineOptions}) AS extract,
           left(a.chapo || ' ' || a.body, 120) AS head, right(a.chapo || ' ' || a.body, 120) AS tail
    FROM ranked m
    JOIN "Article" a ON a.id = m.id
    JOIN "Rubrique" r ON r.id = a."rubriqueId"
    JOIN "User" u ON u.id = a."authorId"
    ORDER BY m.rank DESC, m."publishedAt" DESC, m.id DESC`;
  if (rows.length === 0 && options.page > 1) {
    // Past the last page (an old link, a hand-typed address): the results still exist, and their
    // count says so; it also keeps an exact search from being widened only because this page is empty.
    const first = await rankedPage(terms, { ...options, page: 1 });
    return { ...first, hits: [], page: options.page, hasNext: false };
  }
  const total = Number(rows[0]?.total ?? 0);
  return {
    hits: rows.map((row) => ({
      id: row.id,
      title: row.title,
      href: articleHref(row.rubrique_slug, row.slug),
      rubrique: { slug: row.rubrique_slug, name: row.rubrique_name },
      author: row.author,
      publishedAt: row.published_at,
      extractHtml: highlightToHtml(withEllipses(row.extract, row.head, row.tail)),
    })),
    page: options.page,
    // The count of candidates says whether a next page exists: no extra story is read (nor its
    // extract computed) to find out.
    hasNext: total > offset + SEARCH_PAGE_SIZE && options.page < SEARCH_MAX_PAGE,
    total,
    capped: total >= SEARCH_CANDIDATES,
  };
}
