import 'server-only';
import { canPublish, type TActor } from '../auth/permissions';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { TAuditAction } from './audit';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';
import { storyChange, type TPublicChange } from './public-change';

/**
 * « En direct »: an editor opens a story as a live page, closes it, reopens it. Running = liveStartedAt
 * set and liveEndedAt null; closed = both set. Cards show « En direct », so each step purges like a
 * story change.
 */
export type TLiveState = 'none' | 'running' | 'closed';

export function liveStateOf(story: { liveStartedAt: Date | null; liveEndedAt: Date | null }): TLiveState {
  if (!story.liveStartedAt) return 'none';
  return story.liveEndedAt ? 'closed' : 'running';
}

type TStep = { action: Extract<TAuditAction, 'live.open' | 'live.close' | 'live.reopen'>; from: TLiveState; refusal: string };

const STEPS = {
  open: { action: 'live.open', from: 'none', refusal: 'Cet article est déjà un direct.' },
  close: { action: 'live.close', from: 'running', refusal: 'Ce direct n’est pas en cours\u00a0: rien à clore.' },
  reopen: { action: 'live.reopen', from: 'closed', refusal: 'Ce direct n’est pas terminé\u00a0: rien à rouvrir.' },
} as const satisfies Record<string, TStep>;

async function step(actor: TActor, articleId: string, which: keyof typeof STEPS, now: Date): Promise<TPublicChange> {
  if (!canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  const { action, from, refusal } = STEPS[which];
  return db().$transaction(async (tx) => {
    // The row is locked: two editors clicking at once apply one after the other, and a post waiting on
    // its shared lock sees the live as the step left it.
    await tx.$queryRaw`SELECT 1 FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
    const story = await tx.article.findUnique({
      where: { id: articleId },
      select: { title: true, authorId: true, rubriqueId: true, liveStartedAt: true, liveEndedAt: true },
    });
    if (!story) throw new NewsroomError(NOT_FOUND, 'not_found');
    if (liveStateOf(story) !== from) throw new NewsroomError(refusal, 'conflict');
    const data: Prisma.ArticleUpdateInput =
      which === 'open' ? { liveStartedAt: now, liveEndedAt: null } : which === 'close' ? { liveEndedAt: now } : { liveEndedAt: null };
    await tx.article.update({ where: { id: articleId }, data });
    await recordAudit({ actorId: actor.id, action, targetType: 'article', targetId: articleId, details: { title: story.title } }, tx);
    return storyChange(tx, { id: articleId, authorId: story.authorId, rubriqueIds: [story.rubriqueId] });
  });
}

/** Opens a story as a live page (editors): entries may be posted from now on. */
export const openLive = (actor: TActor, articleId: string, now = new Date()) => step(actor, articleId, 'open', now);
/** Closes a running live (editors): « Ce direct est terminé », no more posts until it is reopened. */
export const closeLive = (actor: TActor, articleId: string, now = new Date()) => step(actor, articleId, 'close', now);
/** Reopens a closed live (editors): it runs again, from the same start. */
export const reopenLive = (actor: TActor, articleId: string, now = new Date()) => step(actor, articleId, 'reopen', now);
