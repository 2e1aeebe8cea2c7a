import 'server-only';
import { db, readDb } from '../db';
import { Prisma } from '../generated/prisma/client';
import { cardSelect, publishedWhere, toCard, type TArticleCard } from './published';

/** A time given to SQL as the UTC timestamp without a zone the columns hold. */
const utc = (date: Date) => Prisma.sql`(to_timestamp(${date.getTime()}::float8 / 1000) AT TIME ZONE 'UTC')`;

/**
 * Adds a batch of reads (story id → reads) to the hour of `at`, in one statement whatever the batch's
 * size. Ids that are not a published story are dropped here: a beacon's address is whatever a client
 * sent. Returns the number of stories counted.
 */
export async function addReads(counts: ReadonlyMap<string, number>, at: Date): Promise<number> {
  if (counts.size === 0) return 0;
  const ids = [...counts.keys()];
  const reads = ids.map((id) => counts.get(id) ?? 0);
  return db().$executeRaw(Prisma.sql`
    INSERT INTO "ArticleRead" ("articleId", hour, count)
    SELECT a.id, date_trunc('hour', ${utc(at)}), r.count
    FROM unnest(${ids}::text[], ${reads}::int[]) AS r(id, count)
    JOIN "Article" a ON a.id = r.id AND a.status = 'PUBLISHED'
    WHERE r.count > 0
    ON CONFLICT ("articleId", hour) DO UPDATE SET count = "ArticleRead".count + EXCLUDED.count`);
}

/**
 * The most read published stories since `since` (by whole hours: the hour `since` falls in counts),
 * most read first, ties by id; `limit` ids.
 */
export async function findMostReadIds(since: Date, limit: number): Promise<string[]> {
  const rows = await (
    await readDb()
  ).$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT r."articleId" AS id
    FROM "ArticleRead" r JOIN "Article" a ON a.id = r."articleId"
    WHERE r.hour >= date_trunc('hour', ${utc(since)}) AND a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL
    GROUP BY r."articleId"
    ORDER BY sum(r.count) DESC, r."articleId"
    LIMIT ${limit}`);
  return rows.map((row) => row.id);
}

/** The cards of `ids` that are published now, in the order of `ids`. Notes each story's key. */
export async function findCardsInOrder(ids: string[]): Promise<TArticleCard[]> {
  if (ids.length === 0) return [];
  const rows = await (await readDb()).article.findMany({ where: { id: { in: ids }, ...publishedWhere }, select: cardSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toCard(row)] : [];
  });
}

/** Forgets the reads of the hours before `before`: « Les plus lus » only looks back a day. */
export async function pruneReads(before: Date): Promise<number> {
  return db().$executeRaw(Prisma.sql`DELETE FROM "ArticleRead" WHERE hour < date_trunc('hour', ${utc(before)})`);
}
