import 'server-only';
import { z } from 'zod';
import { keyFor } from '../cache/keys';
import { FRONT_LATEST_COUNT, FRONT_TOP_COUNT, type TFrontArrangement, type TFrontSlot } from '../content/front-page';
import type { Placement } from '../generated/prisma/enums';
import type { Prisma } from '../generated/prisma/client';
import { canPublish, type TActor } from '../auth/permissions';
import { db } from '../db';
import { parseParisDateTime } from '../french/dates';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';
import type { TPublicChange } from './public-change';

/**
 * « La une »: the front page's arrangement. The stories' own columns hold it (placement, frontPosition,
 * pinnedUntil: what lib/data/get-homepage.ts reads); every change of it — published from the screen,
 * made by a story's own page or the scheduler, a pin running out, a restore — is kept whole as a
 * `FrontPageRevision`, whose highest version is the one an editor's arrangement must start from.
 *
 * Every writer takes the same transaction-level advisory lock first (`lockFrontPage`), so versions
 * follow each other without gaps or collisions, and a story save and a publication never deadlock.
 */

const FRONT_PAGE_LOCK = 0x4c61_756e; // « Laun »

export async function lockFrontPage(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FRONT_PAGE_LOCK}::bigint)`;
}

/** A story as « La une » shows it. */
export type TFrontStory = {
  id: string;
  title: string;
  href: string;
  rubrique: string;
  publishedAt: Date;
  imageId: string | null;
  placement: Placement;
  pinnedUntil: Date | null;
};

export type TFrontPageState = {
  version: number;
  /** The last change: when, by whom (null: the site itself), and what made it. */
  changedAt: Date | null;
  changedBy: string | null;
  cause: TFrontCause | null;
  lead: TFrontStory | null;
  /** The placed top titles readers see, in their order. */
  top: TFrontStory[];
  /** Stories placed « À la une » beyond those, newest first: they fill a free place. */
  waiting: TFrontStory[];
  /** The newest stories: they fill what is left. */
  latest: TFrontStory[];
};

export type TFrontCause = 'arrange' | 'story' | 'restore' | 'expire';

const STORY_SELECT = {
  id: true,
  title: true,
  slug: true,
  publishedAt: true,
  imageId: true,
  placement: true,
  pinnedUntil: true,
  frontPosition: true,
  rubrique: { select: { slug: true, name: true } },
} as const;

type TStoryRow = {
  id: string;
  title: string;
  slug: string;
  publishedAt: Date | null;
  imageId: string | null;
  placement: Placement;
  pinnedUntil: Date | null;
  frontPosition: number | null;
  rubrique: { slug: string; name: string };
};

function toFrontStory(row: TStoryRow): TFrontStory {
  return {
    id: row.id,
    title: row.title,
    href: `/${row.rubrique.slug}/${row.slug}`,
    rubrique: row.rubrique.name,
    publishedAt: row.publishedAt ?? new Date(0),
    imageId: row.imageId,
    placement: row.placement,
    pinnedUntil: row.pinnedUntil,
  };
}

const PUBLISHED = { status: 'PUBLISHED', publishedAt: { not: null } } as const;
const NEWEST = [{ publishedAt: 'desc' }, { id: 'desc' }] as const;

type TReader = Pick<Prisma.TransactionClient, 'article' | 'frontPageRevision'>;

/** The placed stories readers see now: the lead, the arranged top titles, then the newest placed. */
async function readPlaced(client: TReader) {
  const [leads, ordered, unordered] = await Promise.all([
    client.article.findMany({ where: { ...PUBLISHED, placement: 'LEAD' }, orderBy: [...NEWEST], take: 1, select: STORY_SELECT }),
    client.article.findMany({
      where: { ...PUBLISHED, placement: 'TOP', frontPosition: { not: null } },
      orderBy: [{ frontPosition: 'asc' }],
      take: FRONT_TOP_COUNT,
      select: STORY_SELECT,
    }),
    client.article.findMany({
      where: { ...PUBLISHED, placement: 'TOP', frontPosition: null },
      orderBy: [...NEWEST],
      take: FRONT_TOP_COUNT * 2,
      select: STORY_SELECT,
    }),
  ]);
  const lead = leads[0] ?? null;
  const top = [...ordered, ...unordered].filter((row) => row.id !== lead?.id);
  return { lead, top: top.slice(0, FRONT_TOP_COUNT), waiting: top.slice(FRONT_TOP_COUNT) };
}

async function currentVersion(client: TReader): Promise<number> {
  const last = await client.frontPageRevision.aggregate({ _max: { version: true } });
  return last._max.version ?? 0;
}

/** What « La une » opens on: the arrangement readers see, its version, and the stories that fill it. */
export async function readFrontPage(): Promise<TFrontPageState> {
  const client = db();
  const [placed, latest, last] = await Promise.all([
    readPlaced(client),
    client.article.findMany({
      where: PUBLISHED,
      orderBy: [...NEWEST],
      take: FRONT_LATEST_COUNT + FRONT_TOP_COUNT + 2,
      select: STORY_SELECT,
    }),
    client.frontPageRevision.findFirst({
      orderBy: { version: 'desc' },
      select: { version: true, createdAt: true, cause: true, author: { select: { name: true } } },
    }),
  ]);
  return {
    version: last?.version ?? 0,
    changedAt: last?.createdAt ?? null,
    changedBy: last?.author?.name ?? null,
    cause: (last?.cause as TFrontCause | undefined) ?? null,
    lead: placed.lead ? toFrontStory(placed.lead) : null,
    top: placed.top.map(toFrontStory),
    waiting: placed.waiting.map(toFrontStory),
    latest: latest.map(toFrontStory),
  };
}

/** The stories an editor may add to the front page: published ones, newest first, or by title. */
export async function findFrontCandidates(query: string, take = 20): Promise<TFrontStory[]> {
  const words = query.trim();
  const rows = await db().article.findMany({
    where: { ...PUBLISHED, ...(words ? { title: { contains: words, mode: 'insensitive' } } : {}) },
    orderBy: [...NEWEST],
    take,
    select: STORY_SELECT,
  });
  return rows.map(toFrontStory);
}

/** A kept arrangement: each slot with the title it had then. */
type TStoredSlot = { articleId: string; title: string; placement: 'LEAD' | 'TOP'; pinnedUntil: string | null };

/** Records the arrangement as it now is (inside the writer's transaction, after its changes). */
export async function recordFrontPage(tx: Prisma.TransactionClient, actorId: string | null, cause: TFrontCause): Promise<number> {
  await lockFrontPage(tx);
  const [version, placed] = await Promise.all([currentVersion(tx), readPlaced(tx)]);
  const slots: TStoredSlot[] = [
    ...(placed.lead
      ? [
          {
            articleId: placed.lead.id,
            title: placed.lead.title,
            placement: 'LEAD' as const,
            pinnedUntil: placed.lead.pinnedUntil?.toISOString() ?? null,
          },
        ]
      : []),
    ...placed.top.map((row) => ({
      articleId: row.id,
      title: row.title,
      placement: 'TOP' as const,
      pinnedUntil: row.pinnedUntil?.toISOString() ?? null,
    })),
  ];
  await tx.frontPageRevision.create({ data: { version: version + 1, slots, cause, authorId: actorId } });
  return version + 1;
}

/**
 * Changes where a story stands. A change of placement is a change of the story (the form shows and
 * merges it): a new version with its text unchanged, and a line in the journal. Its order and pin are
 * the front page's own and leave the story's version alone.
 */
export async function placeStory(
  tx: Prisma.TransactionClient,
  actorId: string | null,
  id: string,
  to: { placement: Placement; frontPosition: number | null; pinnedUntil: Date | null },
  details: Record<string, string | null> = {},
): Promise<void> {
  const story = await tx.article.findUnique({
    where: { id },
    select: {
      version: true,
      placement: true,
      title: true,
      chapo: true,
      body: true,
      slug: true,
      rubriqueId: true,
      imageId: true,
      imageAlt: true,
      imageCaption: true,
      imageCredit: true,
    },
  });
  if (!story) return;
  const { version, placement, ...content } = story;
  if (placement === to.placement) {
    await tx.article.update({ where: { id }, data: { frontPosition: to.frontPosition, pinnedUntil: to.pinnedUntil } });
    return;
  }
  await tx.article.update({ where: { id }, data: { ...to, version: version + 1 } });
  await tx.revision.create({ data: { articleId: id, version: version + 1, ...content, authorId: actorId } });
  await recordAudit(
    {
      actorId,
      action: 'article.placement',
      targetType: 'article',
      targetId: id,
      details: { title: story.title, from: placement, to: to.placement, ...details },
    },
    tx,
  );
}

export const FRONT_CONFLICT = 'La une a été modifiée entre-temps par quelqu’un d’autre.';

const ZPin = z
  .string()
  .max(40)
  .nullable()
  .transform((value, ctx) => {
    if (value === null || value === '') return null;
    // The screen sends what its field shows (Paris time, « 2026-12-08T18:00 »); a restore, an ISO date.
    const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? parseParisDateTime(value) : new Date(value);
    if (!date || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'Cette heure d’épinglage n’est pas une date valide.' });
      return z.NEVER;
    }
    return date;
  });
const ZSlot = z.object({ articleId: z.string().min(1).max(40), pinnedUntil: ZPin });
export const ZFrontArrangement = z.object({
  lead: ZSlot.nullable(),
  top: z.array(ZSlot).max(FRONT_TOP_COUNT, `La une compte au plus ${FRONT_TOP_COUNT} titres en plus de la manchette principale.`),
});

/** Reads an arrangement sent by the screen; a French message when it cannot be one. */
export function parseArrangement(input: unknown): z.infer<typeof ZFrontArrangement> {
  const parsed = ZFrontArrangement.safeParse(input);
  if (!parsed.success) throw new NewsroomError(parsed.error.issues[0]?.message ?? 'Cette une n’est pas valable.', 'invalid');
  const ids = [...(parsed.data.lead ? [parsed.data.lead.articleId] : []), ...parsed.data.top.map((slot) => slot.articleId)];
  if (new Set(ids).size !== ids.length) throw new NewsroomError('Un même article ne peut occuper deux places de la une.', 'invalid');
  return parsed.data;
}

export type TFrontPublishResult = { version: number; change: TPublicChange };

/**
 * Publishes an arrangement in one step, all or nothing: the lead, the top titles in their order, their
 * pins. The stories the arrangement takes off the front page (placed ones readers saw) go back to the
 * flow of the newest. Refused when the front page changed since `base` (another editor, a story's own
 * page, a pin that ran out): the editor sees the current one and decides.
 */
export async function publishFrontPage(
  actor: TActor,
  base: number,
  input: unknown,
  options: { now?: Date; cause?: 'arrange' | 'restore' } = {},
): Promise<TFrontPublishResult> {
  if (!canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  const arrangement = parseArrangement(input);
  const now = options.now ?? new Date();
  for (const slot of [...(arrangement.lead ? [arrangement.lead] : []), ...arrangement.top]) {
    if (slot.pinnedUntil && slot.pinnedUntil.getTime() <= now.getTime())
      throw new NewsroomError('L’heure d’épinglage doit être dans le futur.', 'invalid');
  }
  return db().$transaction(async (tx) => {
    await lockFrontPage(tx);
    if ((await currentVersion(tx)) !== base) throw new NewsroomError(FRONT_CONFLICT, 'conflict');

    const ids = [...(arrangement.lead ? [arrangement.lead.articleId] : []), ...arrangement.top.map((slot) => slot.articleId)];
    const stories = await tx.article.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, status: true, publishedAt: true },
    });
    for (const id of ids) {
      const story = stories.find((row) => row.id === id);
      if (!story) throw new NewsroomError('Un article de cette une n’existe plus.', 'invalid');
      if (story.status !== 'PUBLISHED' || !story.publishedAt)
        throw new NewsroomError(`«\u00a0${story.title}\u00a0» n’est pas en ligne\u00a0: retirez-le de la une.`, 'invalid');
    }
    const before = await readPlaced(tx);
    const titleOf = (id: string) => stories.find((row) => row.id === id)?.title ?? '';
    // Off the front page: the placed stories readers saw that the arrangement leaves out, and any
    // other arranged or lead story (none, unless written outside the newsroom).
    const others = await tx.article.findMany({
      where: { id: { notIn: ids }, OR: [{ frontPosition: { not: null } }, { placement: 'LEAD' }] },
      select: { id: true },
    });
    const leaving = new Set([...(before.lead ? [before.lead.id] : []), ...before.top.map((row) => row.id), ...others.map((row) => row.id)]);
    for (const id of ids) leaving.delete(id);
    for (const id of leaving) {
      const wasLead = before.lead?.id === id;
      const seen = wasLead || before.top.some((row) => row.id === id);
      // A lead written elsewhere and never seen keeps a place among the waiting titles.
      await placeStory(tx, actor.id, id, { placement: seen ? 'NONE' : 'TOP', frontPosition: null, pinnedUntil: null }, { by: 'la-une' });
    }
    if (arrangement.lead) {
      await placeStory(
        tx,
        actor.id,
        arrangement.lead.articleId,
        { placement: 'LEAD', frontPosition: null, pinnedUntil: arrangement.lead.pinnedUntil },
        { by: 'la-une' },
      );
    }
    for (const [index, slot] of arrangement.top.entries()) {
      await placeStory(
        tx,
        actor.id,
        slot.articleId,
        { placement: 'TOP', frontPosition: index, pinnedUntil: slot.pinnedUntil },
        { by: 'la-une' },
      );
    }
    const version = await recordFrontPage(tx, actor.id, options.cause ?? 'arrange');
    await recordAudit(
      {
        actorId: actor.id,
        action: options.cause === 'restore' ? 'frontpage.restore' : 'frontpage.publish',
        targetType: 'frontpage',
        targetId: String(version),
        details: {
          version,
          lead: arrangement.lead ? titleOf(arrangement.lead.articleId) : null,
          top: arrangement.top.map((slot) => titleOf(slot.articleId)),
        },
      },
      tx,
    );
    return { version, change: { keys: [keyFor.home] } };
  });
}

/** One kept arrangement, for the history. */
export type TFrontRevision = {
  version: number;
  createdAt: Date;
  cause: TFrontCause;
  author: string | null;
  slots: (TStoredSlot & { online: boolean })[];
};

export async function findFrontPageRevisions(take = 50): Promise<TFrontRevision[]> {
  const rows = await db().frontPageRevision.findMany({
    orderBy: { version: 'desc' },
    take,
    select: { version: true, createdAt: true, cause: true, slots: true, author: { select: { name: true } } },
  });
  const slotsOf = (value: unknown) => (Array.isArray(value) ? (value as TStoredSlot[]) : []);
  const ids = [...new Set(rows.flatMap((row) => slotsOf(row.slots).map((slot) => slot.articleId)))];
  const online = new Set(
    (await db().article.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: { id: true } })).map((row) => row.id),
  );
  return rows.map((row) => ({
    version: row.version,
    createdAt: row.createdAt,
    cause: row.cause as TFrontCause,
    author: row.author?.name ?? null,
    slots: slotsOf(row.slots).map((slot) => ({ ...slot, online: online.has(slot.articleId) })),
  }));
}

/**
 * Publishes a kept arrangement again, as a new version: the stories still online take their places
 * back (pins that have run out are dropped); the others are named.
 */
export async function restoreFrontPage(
  actor: TActor,
  base: number,
  version: number,
  now = new Date(),
): Promise<TFrontPublishResult & { skipped: string[] }> {
  if (!canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  const kept = await db().frontPageRevision.findUnique({ where: { version }, select: { slots: true } });
  if (!kept) throw new NewsroomError('Cette version de la une n’existe pas.', 'not_found');
  const slots = (Array.isArray(kept.slots) ? kept.slots : []) as TStoredSlot[];
  const online = new Set(
    (await db().article.findMany({ where: { id: { in: slots.map((slot) => slot.articleId) }, ...PUBLISHED }, select: { id: true } })).map(
      (row) => row.id,
    ),
  );
  const pin = (slot: TStoredSlot) => (slot.pinnedUntil && new Date(slot.pinnedUntil).getTime() > now.getTime() ? slot.pinnedUntil : null);
  const arrangement: TFrontArrangement = {
    lead:
      slots
        .filter((slot) => slot.placement === 'LEAD' && online.has(slot.articleId))
        .map((slot) => ({ articleId: slot.articleId, pinnedUntil: pin(slot) }))[0] ?? null,
    top: slots
      .filter((slot) => slot.placement === 'TOP' && online.has(slot.articleId))
      .map((slot): TFrontSlot => ({ articleId: slot.articleId, pinnedUntil: pin(slot) })),
  };
  const result = await publishFrontPage(actor, base, arrangement, { now, cause: 'restore' });
  return { ...result, skipped: slots.filter((slot) => !online.has(slot.articleId)).map((slot) => slot.title) };
}

/** Takes off the front page the stories whose pin has run out (the scheduler, every few seconds). */
export async function expireFrontPins(now = new Date()): Promise<TPublicChange> {
  const due = await db().article.findMany({
    where: { pinnedUntil: { lte: now }, placement: { not: 'NONE' } },
    select: { id: true },
    take: 100,
  });
  if (due.length === 0) return { keys: [] };
  return db().$transaction(async (tx) => {
    await lockFrontPage(tx);
    const still = await tx.article.findMany({
      where: { id: { in: due.map((row) => row.id) }, pinnedUntil: { lte: now } },
      select: { id: true },
    });
    if (still.length === 0) return { keys: [] };
    for (const { id } of still)
      await placeStory(tx, null, id, { placement: 'NONE', frontPosition: null, pinnedUntil: null }, { by: 'epinglage-echu' });
    await recordFrontPage(tx, null, 'expire');
    return { keys: [keyFor.home] };
  });
}
