import 'server-only';
import { z } from 'zod';
import { keyFor } from '../cache/keys';
import { canPublish, type TActor } from '../auth/permissions';
import { db, readDb } from '../db';
import { parseParisDateTime } from '../french/dates';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';
import type { TPublicChange } from './public-change';

/**
 * « Alerte info »: a short text on top of every readers' page, until its end time or until an editor
 * ends it. One at a time: raising one ends the one before, in the same transaction. Every page carries
 * the `layout` key, so raising or ending one purges them all (lib/cache/invalidate.ts); its end time is
 * kept by the readers' renderer, which stops showing it then and purges the pages that did
 * (lib/readers/alert.ts).
 */

export const ALERT_MAX_LENGTH = 140;
/** How long an alert lasts when the editor does not say. */
export const ALERT_DEFAULT_MINUTES = 120;
/** The longest an alert may last: a band for days is no longer news. */
export const ALERT_MAX_HOURS = 48;

/** The alert readers see. */
export type TPublicAlert = { id: string; text: string; startsAt: Date; endsAt: Date; href: string | null };

/** The alert in the newsroom. */
export type TNewsroomAlert = TPublicAlert & {
  endedAt: Date | null;
  author: string | null;
  article: { id: string; title: string } | null;
};

const ALERT_CHANGE: TPublicChange = { keys: [keyFor.layout] };

const ZAlertInput = z.object({
  text: z
    .string()
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(
      z.string().min(1, 'Écrivez le texte de l’alerte.').max(ALERT_MAX_LENGTH, `L’alerte tient en ${ALERT_MAX_LENGTH} caractères au plus.`),
    ),
  articleId: z.string().max(40).nullable(),
  /** « 2026-12-07T16:05 », Paris time, from the form's field; empty: the default length. */
  endsAt: z.string().max(40),
});

export type TAlertInput = z.input<typeof ZAlertInput>;

function fieldError(message: string, field: string): never {
  throw new NewsroomError(message, 'invalid', field);
}

/** Raises an alert, ending the current one. Returns what to purge. */
export async function raiseAlert(actor: TActor, input: TAlertInput, now = new Date()): Promise<{ id: string; change: TPublicChange }> {
  if (!canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  const parsed = ZAlertInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fieldError(issue?.message ?? 'Cette alerte n’est pas valable.', String(issue?.path[0] ?? 'text'));
  }
  const { text, articleId, endsAt: endsAtText } = parsed.data;
  const endsAt = endsAtText === '' ? new Date(now.getTime() + ALERT_DEFAULT_MINUTES * 60_000) : parseParisDateTime(endsAtText);
  if (!endsAt) fieldError('Cette heure de fin n’est pas une date valide.', 'endsAt');
  if (endsAt.getTime() <= now.getTime()) fieldError('L’heure de fin doit être dans le futur.', 'endsAt');
  if (endsAt.getTime() > now.getTime() + ALERT_MAX_HOURS * 3_600_000)
    fieldError(`Une alerte dure au plus ${ALERT_MAX_HOURS}\u00a0heures.`, 'endsAt');

  return db().$transaction(async (tx) => {
    if (articleId) {
      const story = await tx.article.findUnique({ where: { id: articleId }, select: { status: true, publishedAt: true } });
      if (!story || story.status !== 'PUBLISHED' || !story.publishedAt) fieldError('L’article lié doit être en ligne.', 'articleId');
    }
    const ended = await tx.alert.updateMany({ where: { endedAt: null, endsAt: { gt: now } }, data: { endedAt: now } });
    const alert = await tx.alert.create({ data: { text, articleId, startsAt: now, endsAt, authorId: actor.id } });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'alert.raise',
        targetType: 'alert',
        targetId: alert.id,
        details: { text, endsAt: endsAt.toISOString(), ...(ended.count > 0 ? { replaced: ended.count } : {}) },
      },
      tx,
    );
    return { id: alert.id, change: ALERT_CHANGE };
  });
}

/** Ends the alert now. Already over: nothing changes, and the editor is told. */
export async function endAlert(actor: TActor, id: string, now = new Date()): Promise<{ change: TPublicChange }> {
  if (!canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return db().$transaction(async (tx) => {
    const ended = await tx.alert.updateMany({ where: { id, endedAt: null, endsAt: { gt: now } }, data: { endedAt: now } });
    if (ended.count !== 1) throw new NewsroomError('Cette alerte est déjà terminée.', 'invalid');
    const alert = await tx.alert.findUniqueOrThrow({ where: { id }, select: { text: true } });
    await recordAudit({ actorId: actor.id, action: 'alert.end', targetType: 'alert', targetId: id, details: { text: alert.text } }, tx);
    return { change: ALERT_CHANGE };
  });
}

const ALERT_SELECT = {
  id: true,
  text: true,
  startsAt: true,
  endsAt: true,
  endedAt: true,
  author: { select: { name: true } },
  article: { select: { id: true, title: true, slug: true, status: true, publishedAt: true, rubrique: { select: { slug: true } } } },
} as const;

type TAlertRow = {
  id: string;
  text: string;
  startsAt: Date;
  endsAt: Date;
  endedAt: Date | null;
  author: { name: string } | null;
  article: { id: string; title: string; slug: string; status: string; publishedAt: Date | null; rubrique: { slug: string } } | null;
};

function hrefOf(row: TAlertRow): string | null {
  const story = row.article;
  return story && story.status === 'PUBLISHED' && story.publishedAt ? `/${story.rubrique.slug}/${story.slug}` : null;
}

/** The alert readers see now, or null. */
export async function findCurrentAlert(now = new Date()): Promise<TPublicAlert | null> {
  const row = await (
    await readDb()
  ).alert.findFirst({
    where: { endedAt: null, endsAt: { gt: now }, startsAt: { lte: now } },
    orderBy: { startsAt: 'desc' },
    select: ALERT_SELECT,
  });
  return row ? { id: row.id, text: row.text, startsAt: row.startsAt, endsAt: row.endsAt, href: hrefOf(row) } : null;
}

/** The newsroom's view: the latest alerts, the current one first if any. */
export async function findRecentAlerts(actor: TActor, take = 10): Promise<TNewsroomAlert[]> {
  if (!canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  const rows = await db().alert.findMany({ orderBy: { startsAt: 'desc' }, take, select: ALERT_SELECT });
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    endedAt: row.endedAt,
    href: hrefOf(row),
    author: row.author?.name ?? null,
    article: row.article ? { id: row.article.id, title: row.article.title } : null,
  }));
}

/** The stories an alert may lead to: the newest online. */
export async function findAlertTargets(actor: TActor, take = 30): Promise<{ id: string; title: string }[]> {
  if (!canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return db().article.findMany({
    where: { status: 'PUBLISHED', publishedAt: { not: null } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, title: true },
  });
}
