import 'server-only';
import { entrySummary } from '../content/live-text';
import { readDb } from '../db';
import { Prisma } from '../generated/prisma/client';

/** How many entries a page of a live shows; older ones are behind « Entrées précédentes ». */
export const LIVE_PAGE_SIZE = 50;

export type TLiveEntryView = {
  id: string;
  createdAt: Date;
  editedAt: Date | null;
  /** Withdrawn: only its trace is shown (« Entrée retirée à 15 h 10 »). */
  withdrawnAt: Date | null;
  author: { slug: string; name: string } | null;
  body: string;
  image: { id: string; width: number; height: number; alt: string } | null;
  keyPoint: boolean;
};

export type TLiveFeed = {
  startedAt: Date;
  endedAt: Date | null;
  /** « L’essentiel »: the key points, oldest first, each leading to its entry. */
  keyPoints: { id: string; text: string }[];
  pinned: TLiveEntryView | null;
  /** Newest first. */
  entries: TLiveEntryView[];
  /** The entry the next page starts before (« Entrées précédentes »), if there are older ones. */
  olderThan: string | null;
  /** This page starts before that entry (a page of older entries), or null for the newest. */
  before: string | null;
  /** Everyone who posted (entries still shown), in order of their first entry. */
  contributors: { slug: string; name: string }[];
  lastEntryAt: Date | null;
};

/** An entry as the query below returns it: times in milliseconds since the epoch (JSON has no dates). */
type TEntryJson = {
  id: string;
  createdAt: number;
  editedAt: number | null;
  withdrawnAt: number | null;
  body: string;
  keyPoint: boolean;
  imageAlt: string;
  author: { slug: string; name: string } | null;
  image: { id: string; width: number; height: number } | null;
};

type TEntryRow = Omit<TEntryJson, 'createdAt' | 'editedAt' | 'withdrawnAt'> & {
  createdAt: Date;
  editedAt: Date | null;
  withdrawnAt: Date | null;
};

const date = (ms: number | null) => (ms === null ? null : new Date(ms));
const entryRow = (json: TEntryJson): TEntryRow => ({
  ...json,
  createdAt: new Date(json.createdAt),
  editedAt: date(json.editedAt),
  withdrawnAt: date(json.withdrawnAt),
});

const epochMs = (column: Prisma.Sql) => Prisma.sql`(extract(epoch from ${column}) * 1000)::float8`;

/** One entry `e` (with its author `u` and picture `i` joined) as a JSON object. */
const ENTRY_JSON = Prisma.sql`json_build_object(
  'id', e.id, 'createdAt', ${epochMs(Prisma.sql`e."createdAt"`)}, 'editedAt', ${epochMs(Prisma.sql`e."editedAt"`)},
  'withdrawnAt', ${epochMs(Prisma.sql`e."withdrawnAt"`)}, 'body', e.body, 'keyPoint', e."keyPoint", 'imageAlt', e."imageAlt",
  'author', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('slug', u.slug, 'name', u.name) END,
  'image', CASE WHEN i.id IS NULL THEN NULL ELSE json_build_object('id', i.id, 'width', i.width, 'height', i.height) END)`;
const ENTRY_JOINS = Prisma.sql`LEFT JOIN "User" u ON u.id = e."authorId" LEFT JOIN "Image" i ON i.id = e."imageId"`;

function view(row: TEntryRow): TLiveEntryView {
  const withdrawn = row.withdrawnAt !== null;
  return {
    id: row.id,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    withdrawnAt: row.withdrawnAt,
    // A withdrawn entry's words never leave the newsroom again.
    author: withdrawn ? null : row.author,
    body: withdrawn ? '' : row.body,
    image: !withdrawn && row.image ? { ...row.image, alt: row.imageAlt } : null,
    keyPoint: !withdrawn && row.keyPoint,
  };
}

/**
 * A live page's entries: the newest LIVE_PAGE_SIZE (or those before `before`), the pinned one, the key
 * points and who posted. Entries withdrawn as duplicates are never read; other withdrawn ones only as
 * a trace. The page already carries `article:<id>`, which every entry change purges.
 */
export async function getLiveFeed(
  article: { id: string; liveStartedAt: Date; liveEndedAt: Date | null },
  before: string | null = null,
): Promise<TLiveFeed | null> {
  const client = await readDb();
  let cursor: { id: string; createdAt: Date } | null = null;
  if (before) {
    cursor = await client.liveEntry.findFirst({
      where: { articleId: article.id, duplicate: false, id: before },
      select: { id: true, createdAt: true },
    });
    // An unknown entry in the address: no such page.
    if (!cursor) return null;
  }
  // Columns are UTC timestamps without a zone: the cursor's time is given the same way.
  const older = cursor
    ? Prisma.sql`AND (e."createdAt", e.id) < ((to_timestamp(${cursor.createdAt.getTime()}::float8 / 1000) AT TIME ZONE 'UTC'), ${cursor.id})`
    : Prisma.empty;
  // One round trip for the whole feed: each part reads the index on ("articleId", "createdAt", id), and
  // who posted is grouped in the database (a long live is never read whole into the process).
  const [result] = await client.$queryRaw<
    {
      entries: TEntryJson[];
      keyPoints: { id: string; body: string }[];
      pinned: TEntryJson | null;
      contributors: { slug: string; name: string }[];
      lastEntryAt: number | null;
    }[]
  >(Prisma.sql`
    SELECT
      (SELECT coalesce(json_agg(page.entry ORDER BY page.at DESC, page.id DESC), '[]') FROM (
        SELECT ${ENTRY_JSON} AS entry, e."createdAt" AS at, e.id FROM "LiveEntry" e ${ENTRY_JOINS}
        WHERE e."articleId" = ${article.id} AND NOT e.duplicate ${older}
        ORDER BY e."createdAt" DESC, e.id DESC LIMIT ${LIVE_PAGE_SIZE + 1}) page) AS entries,
      (SELECT coalesce(json_agg(json_build_object('id', k.id, 'body', k.body) ORDER BY k."createdAt", k.id), '[]') FROM (
        SELECT e.id, e.body, e."createdAt" FROM "LiveEntry" e
        WHERE e."articleId" = ${article.id} AND NOT e.duplicate AND e."keyPoint" AND e."withdrawnAt" IS NULL
        ORDER BY e."createdAt", e.id LIMIT 12) k) AS "keyPoints",
      (SELECT ${ENTRY_JSON} FROM "LiveEntry" e ${ENTRY_JOINS}
        WHERE e."articleId" = ${article.id} AND NOT e.duplicate AND e."pinnedAt" IS NOT NULL AND e."withdrawnAt" IS NULL
        ORDER BY e."pinnedAt" DESC LIMIT 1) AS pinned,
      (SELECT coalesce(json_agg(json_build_object('slug', u.slug, 'name', u.name) ORDER BY c.first, u.id), '[]') FROM (
        SELECT e."authorId", min(e."createdAt") AS first FROM "LiveEntry" e
        WHERE e."articleId" = ${article.id} AND NOT e.duplicate AND e."withdrawnAt" IS NULL AND e."authorId" IS NOT NULL
        GROUP BY e."authorId") c JOIN "User" u ON u.id = c."authorId") AS contributors,
      (SELECT ${epochMs(Prisma.sql`max(e."createdAt")`)} FROM "LiveEntry" e
        WHERE e."articleId" = ${article.id} AND NOT e.duplicate AND e."withdrawnAt" IS NULL) AS "lastEntryAt"`);
  const rows = result.entries.map(entryRow);
  const keyPoints = result.keyPoints;
  const pinned = result.pinned ? entryRow(result.pinned) : null;
  const shown = rows.slice(0, LIVE_PAGE_SIZE);
  return {
    startedAt: article.liveStartedAt,
    endedAt: article.liveEndedAt,
    keyPoints: keyPoints.map((row) => ({ id: row.id, text: entrySummary(row.body) })),
    pinned: pinned ? view(pinned) : null,
    entries: shown.map(view),
    olderThan: rows.length > LIVE_PAGE_SIZE ? (shown.at(-1)?.id ?? null) : null,
    before,
    contributors: result.contributors,
    lastEntryAt: date(result.lastEntryAt),
  };
}
