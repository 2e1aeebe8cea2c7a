import 'server-only';
import { createHash } from 'node:crypto';
import type { ErrorReportState, UpdateKind } from '../generated/prisma/enums';
import type { Prisma } from '../generated/prisma/client';
import { canMarkUpdate, canSeeAllArticles, type TActor } from '../auth/permissions';
import { throttleAddress } from '../auth/throttle-address';
import { db } from '../db';
import type { TFieldErrors, TReportFields, TReportInput } from '../validation/error-report';
import { addUpdateEntry } from './add-update-entry';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';
import { articleHref, publishedWhere } from './published';
import { NO_PUBLIC_CHANGE, type TPublicChange } from './public-change';

/** Per address: so many reports in ten minutes, so many in a day (robots and floods; a reader rarely sends two). */
export const REPORTS_PER_TEN_MINUTES = 3;
export const REPORTS_PER_DAY = 10;

/** The story a report is about, as the readers' form shows it. */
export type TReportStory = { id: string; title: string; href: string };

/** What the readers' renderer shows after a report is posted (app/api/signalements/route.ts). */
export type TReportOutcome =
  | { kind: 'sent'; story: TReportStory }
  | { kind: 'refused'; story: TReportStory | null; message: string; errors: TFieldErrors; kept: TReportFields };

export type TSubmitOutcome = { kind: 'sent'; story: TReportStory } | { kind: 'throttled'; story: TReportStory } | { kind: 'not-found' };

/** The address, kept only as a keyed hash (an IPv6 address by its /64, as sign-in counts it). */
export function reportAddressHash(ip: string): string {
  return createHash('sha256')
    .update(`signalement:${process.env.NEXTAUTH_SECRET ?? ''}:${throttleAddress(ip)}`)
    .digest('base64url');
}

/** A story online, for the readers' form: null when it is not (or no longer) public. */
export async function getReportStory(articleId: string): Promise<TReportStory | null> {
  const row = await db().article.findFirst({
    where: { ...publishedWhere, id: articleId },
    select: { id: true, title: true, slug: true, rubrique: { select: { slug: true } } },
  });
  return row ? { id: row.id, title: row.title, href: articleHref(row.rubrique.slug, row.slug) } : null;
}

/**
 * A reader's report, stored for the newsroom unless the address sent too many lately. Counted and
 * written under a transaction-level lock on the address, so a burst sent at once is counted whole.
 */
export async function submitErrorReport(input: TReportInput, ip: string, now = new Date()): Promise<TSubmitOutcome> {
  const story = await getReportStory(input.articleId);
  if (!story) return { kind: 'not-found' };
  const addressHash = reportAddressHash(ip);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`report:${addressHash}`}, 0))`;
    const [recent, today] = await Promise.all([
      tx.errorReport.count({ where: { addressHash, createdAt: { gt: new Date(now.getTime() - 10 * 60_000) } } }),
      tx.errorReport.count({ where: { addressHash, createdAt: { gt: new Date(now.getTime() - 24 * 3_600_000) } } }),
    ]);
    if (recent >= REPORTS_PER_TEN_MINUTES || today >= REPORTS_PER_DAY) return { kind: 'throttled', story } as const;
    const report = await tx.errorReport.create({
      data: {
        articleId: story.id,
        passage: input.passage,
        problem: input.problem,
        sourceUrl: input.source,
        email: input.email,
        addressHash,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: null,
        action: 'report.create',
        targetType: 'article',
        targetId: story.id,
        details: { reportId: report.id, title: story.title },
      },
      tx,
    );
    return { kind: 'sent', story } as const;
  });
}

export type TNewsroomReport = {
  id: string;
  state: ErrorReportState;
  passage: string;
  problem: string;
  sourceUrl: string;
  email: string;
  rejectReason: string;
  createdAt: Date;
  updatedAt: Date;
  story: { id: string; title: string; href: string; online: boolean };
  handledBy: string | null;
  update: { id: string; kind: UpdateKind; note: string; createdAt: Date } | null;
  /** The story's public entries since the report, to link a « corrigé » to one of them. */
  laterEntries: { id: string; kind: UpdateKind; note: string; createdAt: Date }[];
};

export type TReportFilter = 'open' | ErrorReportState | 'all';

/** Editors see every report; a journalist, those about their own stories. */
function visibleTo(actor: TActor): Prisma.ErrorReportWhereInput {
  return canSeeAllArticles(actor) ? {} : { article: { authorId: actor.id } };
}

function stateWhere(filter: TReportFilter): Prisma.ErrorReportWhereInput {
  if (filter === 'all') return {};
  if (filter === 'open') return { state: { in: ['NEW', 'IN_PROGRESS'] } };
  return { state: filter };
}

export const REPORTS_PAGE_SIZE = 30;

/** « Signalements »: the reports the person may see, newest first. */
export async function findErrorReports(
  actor: TActor,
  filter: TReportFilter,
  page = 1,
): Promise<{ reports: TNewsroomReport[]; hasNext: boolean }> {
  const rows = await db().errorReport.findMany({
    where: { ...visibleTo(actor), ...stateWhere(filter) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * REPORTS_PAGE_SIZE,
    take: REPORTS_PAGE_SIZE + 1,
    select: {
      id: true,
      state: true,
      passage: true,
      problem: true,
      sourceUrl: true,
      email: true,
      rejectReason: true,
      createdAt: true,
      updatedAt: true,
      handledBy: { select: { name: true } },
      update: { select: { id: true, kind: true, note: true, createdAt: true } },
      article: {
        select: {
          id: true,
          title: true,
          slug: true,
          status: true,
          publishedAt: true,
          rubrique: { select: { slug: true } },
          updates: { orderBy: { createdAt: 'desc' }, take: 10, select: { id: true, kind: true, note: true, createdAt: true } },
        },
      },
    },
  });
  return {
    hasNext: rows.length > REPORTS_PAGE_SIZE,
    reports: rows.slice(0, REPORTS_PAGE_SIZE).map((row) => ({
      id: row.id,
      state: row.state,
      passage: row.passage,
      problem: row.problem,
      sourceUrl: row.sourceUrl,
      email: row.email,
      rejectReason: row.rejectReason,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      handledBy: row.handledBy?.name ?? null,
      update: row.update,
      story: {
        id: row.article.id,
        title: row.article.title,
        href: articleHref(row.article.rubrique.slug, row.article.slug),
        online: row.article.status === 'PUBLISHED' && row.article.publishedAt !== null,
      },
      laterEntries: row.article.updates.filter((entry) => entry.createdAt >= row.createdAt),
    })),
  };
}

/** The newsroom menu's count: new reports the person may see. */
export async function countNewReports(actor: TActor): Promise<number> {
  return db().errorReport.count({ where: { ...visibleTo(actor), state: 'NEW' } });
}

export type TReportChange =
  | { state: 'NEW' | 'IN_PROGRESS' }
  | { state: 'REJECTED'; reason: string }
  | { state: 'CORRECTED'; updateId: string }
  | { state: 'CORRECTED'; entry: { kind: UpdateKind; note: string } };

export const REJECT_REASON_MAX = 1000;

/**
 * An editor moves a report: in progress, rejected (with a reason), corrected (linked to the update
 * entry that answers it: an existing one of the story, or one written now). Journaled.
 */
export async function setErrorReportState(actor: TActor, reportId: string, change: TReportChange): Promise<TPublicChange> {
  if (!canMarkUpdate(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  const report = await db().errorReport.findUnique({ where: { id: reportId }, select: { id: true, state: true, articleId: true } });
  if (!report) throw new NewsroomError('Ce signalement n’existe plus\u00a0: rechargez la page.', 'not_found');
  let publicChange: TPublicChange = NO_PUBLIC_CHANGE;
  let updateId: string | null = null;
  let rejectReason = '';
  if (change.state === 'REJECTED') {
    rejectReason = change.reason.replace(/\s+/g, ' ').trim();
    if (!rejectReason) throw new NewsroomError('Indiquez pourquoi ce signalement est rejeté.', 'invalid', 'reason');
    if (rejectReason.length > REJECT_REASON_MAX)
      throw new NewsroomError(`Le motif ne peut dépasser ${REJECT_REASON_MAX.toLocaleString('fr-FR')} caractères.`, 'invalid', 'reason');
  }
  if (change.state === 'CORRECTED' && 'updateId' in change) {
    const entry = await db().articleUpdate.findFirst({ where: { id: change.updateId, articleId: report.articleId }, select: { id: true } });
    if (!entry) throw new NewsroomError('Cette mention n’existe pas ou ne concerne pas cet article.', 'invalid', 'updateId');
    updateId = entry.id;
  }
  if (change.state === 'CORRECTED' && 'entry' in change) {
    const note = change.entry.note.trim();
    if (!note) throw new NewsroomError('Écrivez la note publique de la correction.', 'invalid', 'note');
    const written = await addUpdateEntry(actor, report.articleId, { kind: change.entry.kind, note });
    publicChange = written;
    updateId = written.entryId;
  }
  await db().$transaction(async (tx) => {
    await tx.errorReport.update({
      where: { id: report.id },
      data: { state: change.state, rejectReason, updateId, handledById: actor.id },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'report.state',
        targetType: 'article',
        targetId: report.articleId,
        details: {
          reportId: report.id,
          from: report.state,
          to: change.state,
          ...(rejectReason ? { reason: rejectReason } : {}),
          ...(updateId ? { updateId } : {}),
        },
      },
      tx,
    );
  });
  return publicChange;
}
