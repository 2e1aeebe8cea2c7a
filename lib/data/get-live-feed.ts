import 'server-only';
import { entrySummary } from '../content/live-text';
import { readDb } from '../db';

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

const ENTRY_SELECT = {
  id: true,
  createdAt: true,
  editedAt: true,
  withdrawnAt: true,
  body: true,
  keyPoint: true,
  imageAlt: true,
  author: { select: { slug: true, name: true } },
  image: { select: { id: true, width: true, height: true } },
} as const;

type TEntryRow = {
  id: string;
  createdAt: Date;
  editedAt: Date | null;
  withdrawnAt: Date | null;
  body: string;
  keyPoint: boolean;
  imageAlt: string;
  author: { slug: string; name: string } | null;
  image: { id: string; width: number; height: number } | null;
};

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
/** The live's contributors, ordered by their first entry. */
async function contributorsOf(
  client: Awaited<ReturnType<typeof readDb>>,
  groups: { authorId: string | null; _min: { createdAt: Date | null } }[],
): Promise<{ slug: string; name: string }[]> {
  const first = new Map(groups.flatMap((g) => (g.authorId && g._min.createdAt ? [[g.authorId, g._min.createdAt.getTime()] as const] : [])));
  if (first.size === 0) return [];
  const users = await client.user.findMany({ where: { id: { in: [...first.keys()] } }, select: { id: true, slug: true, name: true } });
  return users.sort((a, b) => (first.get(a.id) ?? 0) - (first.get(b.id) ?? 0)).map(({ slug, name }) => ({ slug, name }));
}

export async function getLiveFeed(
  article: { id: string; liveStartedAt: Date; liveEndedAt: Date | null },
  before: string | null = null,
): Promise<TLiveFeed | null> {
  const client = await readDb();
  const where = { articleId: article.id, duplicate: false };
  let cursor: { id: string; createdAt: Date } | null = null;
  if (before) {
    cursor = await client.liveEntry.findFirst({ where: { ...where, id: before }, select: { id: true, createdAt: true } });
    // An unknown entry in the address: no such page.
    if (!cursor) return null;
  }
  const [rows, keyPoints, pinned, authors, last] = await Promise.all([
    client.liveEntry.findMany({
      where: cursor
        ? { ...where, OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
        : where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LIVE_PAGE_SIZE + 1,
      select: ENTRY_SELECT,
    }),
    client.liveEntry.findMany({
      where: { ...where, keyPoint: true, withdrawnAt: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 12,
      select: { id: true, body: true },
    }),
    client.liveEntry.findFirst({
      where: { ...where, pinnedAt: { not: null }, withdrawnAt: null },
      orderBy: { pinnedAt: 'desc' },
      select: ENTRY_SELECT,
    }),
    // Who posted, in the order of their first entry: grouped in SQL (a `distinct` would read every
    // entry of a long live into the process to keep one per author).
    client.liveEntry.groupBy({
      by: ['authorId'],
      where: { ...where, withdrawnAt: null, authorId: { not: null } },
      _min: { createdAt: true },
    }),
    client.liveEntry.findFirst({
      where: { ...where, withdrawnAt: null },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { createdAt: true },
    }),
  ]);
  const shown = rows.slice(0, LIVE_PAGE_SIZE);
  return {
    startedAt: article.liveStartedAt,
    endedAt: article.liveEndedAt,
    keyPoints: keyPoints.map((row) => ({ id: row.id, text: entrySummary(row.body) })),
    pinned: pinned ? view(pinned) : null,
    entries: shown.map(view),
    olderThan: rows.length > LIVE_PAGE_SIZE ? (shown.at(-1)?.id ?? null) : null,
    before,
    contributors: await contributorsOf(client, authors),
    lastEntryAt: last?.createdAt ?? null,
  };
}
