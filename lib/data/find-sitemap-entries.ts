import 'server-only';
import { shareImage } from '../media/urls';
import { Prisma } from '../generated/prisma/client';
import { readDb } from '../db';
import { NEWS_SITEMAP_MAX_URLS, NEWS_SITEMAP_WINDOW_MS, nextSitemapDay, SITEMAP_MAX_URLS, type TSitemapCursor } from '../feeds/sitemap';
import { articleHref, newestFirst, publishedWhere } from './published';

/**
 * Reads for the sitemaps (layout in lib/feeds/sitemap.ts). Every query is bounded and walks an index,
 * so each costs the same at a hundred or a million stories:
 *   - the days that have stories: a loose index scan, one index probe per day, never per story;
 *   - a day's stories: keyset pagination on (publishedAt, id) within the day, an index range read;
 *   - pages: one lateral index lookup per rubrique and per author for their latest story.
 * The raw SQL below repeats `publishedWhere` (status PUBLISHED and a publication time): keep them equal.
 */

const PUBLISHED_SQL = Prisma.sql`a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL`;
const oldestFirst = [{ publishedAt: 'asc' }, { id: 'asc' }] as const satisfies Prisma.ArticleOrderByWithRelationInput[];

/** Author pages listed, at most (with the home and the rubriques, well under 50,000 URLs). */
export const SITEMAP_MAX_AUTHORS = 40_000;
const SITEMAP_MAX_RUBRIQUES = 1_000;
/** Day files in the index, at most (its limit is 50,000 entries). */
const SITEMAP_MAX_DAYS = 49_000;

/** `imagePath`: the story's picture as networks get it (its JPEG), when it has one. */
const imageSelect = { id: true, width: true, height: true } as const;

export type TSitemapArticle = { path: string; lastmod: Date; imagePath: string | null };
export type TSitemapArticlePage = { articles: TSitemapArticle[]; next: TSitemapCursor | null };

/**
 * Published stories from `from` (inclusive) and before `before` (exclusive), oldest first, `take`
 * of them (at most a sitemap's 50,000), each with its public modification date — lastUpdatedAt ??
 * publishedAt, moved only by a « mise à jour » — and `next`, where the following page starts.
 */
export async function findSitemapArticles(
  options: { from?: TSitemapCursor; before?: Date; take?: number } = {},
): Promise<TSitemapArticlePage> {
  const take = Math.max(1, Math.min(options.take ?? SITEMAP_MAX_URLS, SITEMAP_MAX_URLS));
  const { from, before } = options;
  const range: Prisma.ArticleWhereInput[] = [
    ...(from
      ? [{ publishedAt: { gte: from.publishedAt } }, { OR: [{ publishedAt: { gt: from.publishedAt } }, { id: { gte: from.id } }] }]
      : []),
    ...(before ? [{ publishedAt: { lt: before } }] : []),
  ];
  const rows = await (
    await readDb()
  ).article.findMany({
    where: { AND: [publishedWhere, ...range] },
    orderBy: oldestFirst,
    take: take + 1,
    select: {
      id: true,
      slug: true,
      publishedAt: true,
      lastUpdatedAt: true,
      rubrique: { select: { slug: true } },
      image: { select: imageSelect },
    },
  });
  const page = rows.slice(0, take);
  const following = rows[take];
  return {
    articles: page.map((row) => ({
      path: articleHref(row.rubrique.slug, row.slug),
      lastmod: row.lastUpdatedAt ?? row.publishedAt ?? new Date(0),
      imagePath: row.image ? shareImage(row.image).url : null,
    })),
    next: following?.publishedAt ? { publishedAt: following.publishedAt, id: following.id } : null,
  };
}

/** The stories first published on the UTC day starting at `day` (one sitemap file). */
export async function findSitemapArticlesOfDay(day: Date): Promise<TSitemapArticle[]> {
  return (await findSitemapArticles({ from: { publishedAt: day, id: '' }, before: nextSitemapDay(day) })).articles;
}

/**
 * The UTC days on which at least one published story was first published, oldest first, each with
 * its file's `lastmod`: the newest publication or public « mise à jour » among its stories. A
 * recursive query jumps from each day to the first story at or after the next one: as many index
 * probes as days (about 40 ms for 2,800 days and a million stories), whatever the number of stories.
 * The day's newest publication is one more probe; its newest update reads only the day's updated
 * stories, through a partial index (migration `…_sitemap_day_lastmod`).
 */
export async function findSitemapDays(): Promise<{ day: Date; lastmod: Date }[]> {
  const rows = await (
    await readDb()
  ).$queryRaw<{ day: Date; published: Date; updated: Date | null }[]>`
    WITH RECURSIVE days(day) AS (
      SELECT date_trunc('day', min(a."publishedAt")) FROM "Article" a WHERE ${PUBLISHED_SQL}
      UNION ALL
      SELECT (
        SELECT date_trunc('day', a."publishedAt") FROM "Article" a
        WHERE ${PUBLISHED_SQL} AND a."publishedAt" >= days.day + interval '1 day'
        ORDER BY a."publishedAt" LIMIT 1
      )
      FROM days WHERE days.day IS NOT NULL
    )
    SELECT d.day,
      (SELECT a."publishedAt" FROM "Article" a
        WHERE ${PUBLISHED_SQL} AND a."publishedAt" >= d.day AND a."publishedAt" < d.day + interval '1 day'
        ORDER BY a."publishedAt" DESC LIMIT 1) AS published,
      (SELECT max(a."lastUpdatedAt") FROM "Article" a
        WHERE a."lastUpdatedAt" IS NOT NULL AND a.status = 'PUBLISHED'
          AND a."publishedAt" >= d.day AND a."publishedAt" < d.day + interval '1 day') AS updated
    FROM days d WHERE d.day IS NOT NULL LIMIT ${SITEMAP_MAX_DAYS}`;
  return rows.map((row) => ({
    day: row.day,
    lastmod: row.updated && row.updated.getTime() > row.published.getTime() ? row.updated : row.published,
  }));
}

export type TSitemapPages = {
  /** The newest publication: when Manchettes last changed. */
  latest: Date | null;
  /** Every rubrique in the readers' menu, in the editors' order, with its newest publication (null when empty). */
  rubriques: { slug: string; lastmod: Date | null }[];
  /** Authors with at least one published story (former staff included: their bylines link to them), with their newest publication. */
  authors: { slug: string; lastmod: Date }[];
};

export async function findSitemapPages(): Promise<TSitemapPages> {
  const client = await readDb();
  const [latest, rubriques, authors] = await Promise.all([
    client.article.findFirst({ where: publishedWhere, orderBy: newestFirst, select: { publishedAt: true } }),
    client.$queryRaw<{ slug: string; lastmod: Date | null }[]>`
      SELECT r.slug, latest."publishedAt" AS lastmod
      FROM "Rubrique" r
      LEFT JOIN LATERAL (
        SELECT a."publishedAt" FROM "Article" a
        WHERE a."rubriqueId" = r.id AND ${PUBLISHED_SQL}
        ORDER BY a."publishedAt" DESC LIMIT 1
      ) latest ON true
      WHERE r."shownInMenu" OR latest."publishedAt" IS NOT NULL
      ORDER BY r.position, r.name
      LIMIT ${SITEMAP_MAX_RUBRIQUES}`,
    client.$queryRaw<{ slug: string; lastmod: Date }[]>`
      SELECT u.slug, latest."publishedAt" AS lastmod
      FROM "User" u
      CROSS JOIN LATERAL (
        SELECT a."publishedAt" FROM "Article" a
        WHERE a."authorId" = u.id AND ${PUBLISHED_SQL}
        ORDER BY a."publishedAt" DESC LIMIT 1
      ) latest
      ORDER BY u.slug
      LIMIT ${SITEMAP_MAX_AUTHORS}`,
  ]);
  return { latest: latest?.publishedAt ?? null, rubriques, authors };
}

export type TNewsSitemapArticle = { path: string; title: string; publishedAt: Date; imagePath: string | null };

/** Stories published in the 48 hours before `now`, newest first, at most 1,000 (Google News' limit). */
export async function findNewsSitemapArticles(now: Date = new Date()): Promise<TNewsSitemapArticle[]> {
  const rows = await (
    await readDb()
  ).article.findMany({
    where: { AND: [publishedWhere, { publishedAt: { gte: new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS), lte: now } }] },
    orderBy: newestFirst,
    take: NEWS_SITEMAP_MAX_URLS,
    select: { slug: true, title: true, publishedAt: true, rubrique: { select: { slug: true } }, image: { select: imageSelect } },
  });
  return rows.map((row) => ({
    path: articleHref(row.rubrique.slug, row.slug),
    title: row.title,
    publishedAt: row.publishedAt ?? now,
    imagePath: row.image ? shareImage(row.image).url : null,
  }));
}
