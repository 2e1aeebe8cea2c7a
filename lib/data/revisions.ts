import 'server-only';
import { createHash } from 'node:crypto';
import { revisionActs, defaultComparison, VERSION_ACTIONS, type TVersionAct } from '../content/revision-history';
import type { UpdateKind } from '../generated/prisma/enums';
import { canEditArticle, canMarkUpdate, type TActor } from '../auth/permissions';
import { db } from '../db';
import { addUpdateEntry, editUpdateEntry } from './add-update-entry';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';
import type { TPublicChange } from './public-change';
import { saveArticle, type TSaveResult } from './save-article';

export type TRevisionSummary = {
  version: number;
  title: string;
  createdAt: Date;
  authorName: string | null;
  words: number;
  /** What made it: soumis, renvoyé, publié… (from the workflow lines of the journal). */
  act: TVersionAct;
};
export type TRevision = {
  version: number;
  title: string;
  chapo: string;
  body: string;
  slug: string;
  createdAt: Date;
  authorName: string | null;
  imageId: string | null;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
};

async function checkAccess(actor: TActor, articleId: string) {
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: { authorId: true, status: true, title: true, version: true },
  });
  if (!article) throw new NewsroomError(NOT_FOUND, 'not_found');
  if (!canEditArticle(actor, article)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return article;
}

/** What the history's comparison shows of a version (text, address, picture and its words), as one key. */
function shownContent(r: {
  title: string;
  chapo: string;
  body: string;
  slug: string;
  imageId: string | null;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
}) {
  const hash = createHash('sha256');
  for (const part of [r.title, r.chapo, r.body, r.slug, r.imageId ?? '', r.imageAlt, r.imageCaption, r.imageCredit])
    hash.update(`${part.length}:${part}`);
  return hash.digest('base64');
}

/**
 * A story's history, newest first: each version with its act, and the comparison the page opens on
 * (the newest change, `defaultComparison`).
 */
export async function findRevisions(
  actor: TActor,
  articleId: string,
): Promise<{
  title: string;
  version: number;
  revisions: TRevisionSummary[];
  publicEntryDates: Date[];
  comparison: { from: number; to: number } | null;
}> {
  const article = await checkAccess(actor, articleId);
  // Public entries, to tell which versions are older than what readers were told (entriesContradictedBy).
  const entries =
    article.status === 'PUBLISHED' ? await db().articleUpdate.findMany({ where: { articleId }, select: { createdAt: true } }) : [];
  const rows = await db().revision.findMany({
    where: { articleId },
    orderBy: { version: 'desc' },
    take: 200,
    select: {
      version: true,
      title: true,
      chapo: true,
      body: true,
      slug: true,
      imageId: true,
      imageAlt: true,
      imageCaption: true,
      imageCredit: true,
      createdAt: true,
      authorId: true,
      author: { select: { name: true } },
    },
  });
  // The journal's workflow lines since the oldest version shown: what made each version.
  const oldest = rows.at(-1)?.createdAt;
  const workflow = oldest
    ? await db().auditLog.findMany({
        where: {
          targetType: 'article',
          targetId: articleId,
          action: { in: [...VERSION_ACTIONS] },
          createdAt: { gte: new Date(oldest.getTime() - 60_000) },
        },
        orderBy: { createdAt: 'asc' },
        select: { action: true, actorId: true, createdAt: true, details: true },
      })
    : [];
  const acts = revisionActs(rows, workflow, article.authorId);
  return {
    title: article.title,
    version: article.version,
    publicEntryDates: entries.map((entry) => entry.createdAt),
    comparison: defaultComparison(rows.map((r) => ({ version: r.version, content: shownContent(r) }))),
    revisions: rows.map((r) => ({
      version: r.version,
      title: r.title,
      createdAt: r.createdAt,
      authorName: r.author?.name ?? null,
      words: r.body.split(/\s+/).filter(Boolean).length,
      act: acts.get(r.version) ?? { act: 'saved' },
    })),
  };
}

export async function getRevision(actor: TActor, articleId: string, version: number): Promise<TRevision> {
  await checkAccess(actor, articleId);
  const row = await db().revision.findUnique({
    where: { articleId_version: { articleId, version } },
    select: {
      version: true,
      title: true,
      chapo: true,
      body: true,
      slug: true,
      createdAt: true,
      imageId: true,
      imageAlt: true,
      imageCaption: true,
      imageCredit: true,
      author: { select: { name: true } },
    },
  });
  if (!row) throw new NewsroomError('Cette version n’existe pas.', 'not_found');
  return { ...row, authorName: row.author?.name ?? null };
}

/** A public entry (« mise à jour », correction, précision) that restoring a version would contradict. */
export type TContradictedEntry = { id: string; kind: UpdateKind; note: string; createdAt: Date };

/**
 * What readers were told since a version's text was replaced: the public entries written after the
 * next version was saved describe changes that restoring it would take back (« 1,4 milliard »
 * corrected, then the version saying « 1,2 milliard » restored). Empty for a story not online, whose
 * entries no reader sees.
 */
export async function entriesContradictedBy(actor: TActor, articleId: string, version: number): Promise<TContradictedEntry[]> {
  const article = await checkAccess(actor, articleId);
  if (article.status !== 'PUBLISHED') return [];
  const replaced = await db().revision.findFirst({
    where: { articleId, version: { gt: version } },
    orderBy: { version: 'asc' },
    select: { createdAt: true },
  });
  if (!replaced) return [];
  return db().articleUpdate.findMany({
    where: { articleId, createdAt: { gte: replaced.createdAt } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, kind: true, note: true, createdAt: true },
  });
}

/** What readers are told when a restore takes back what public entries said: a new entry, or an entry reworded. */
export type TRestoreNotice =
  { kind: 'new'; entryKind: UpdateKind; note: string } | { kind: 'reword'; entryId: string; entryKind: UpdateKind; note: string };

export const RESTORE_NEEDS_NOTICE =
  'Cette version est antérieure à une mention publique\u00a0: dites ce que les lecteurs en sauront (une nouvelle mention, ou la note corrigée) avant de la restaurer.';

/**
 * Restores an old version's text as a new revision (the history keeps everything). A version older
 * than a public entry is restored only with `notice` (entriesContradictedBy), by an editor: the new
 * entry or the reworded one goes online with the text. Returns the public changes to purge.
 */
export async function restoreRevision(
  actor: TActor,
  articleId: string,
  version: number,
  baseVersion: number,
  notice: TRestoreNotice | null = null,
): Promise<TSaveResult & { changes: TPublicChange[] }> {
  const contradicted = await entriesContradictedBy(actor, articleId, version);
  if (contradicted.length > 0) {
    if (!canMarkUpdate(actor))
      throw new NewsroomError(
        'Cette version est antérieure à une mention publique\u00a0: seul un éditeur peut la restaurer, en disant ce que les lecteurs en sauront.',
        'forbidden',
      );
    if (!notice) throw new NewsroomError(RESTORE_NEEDS_NOTICE, 'invalid');
    if (notice.kind === 'reword' && !contradicted.some((entry) => entry.id === notice.entryId))
      throw new NewsroomError('Cette mention n’existe plus ou ne concerne pas cette version\u00a0: rechargez la page.', 'invalid');
  }
  const revision = await getRevision(actor, articleId, version);
  const current = await db().article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      rubriqueId: true,
      slug: true,
      placement: true,
      imageId: true,
      imageAlt: true,
      imageCaption: true,
      imageCredit: true,
      related: { orderBy: { position: 'asc' }, select: { targetId: true, inline: true } },
    },
  });
  const result = await saveArticle(
    actor,
    articleId,
    baseVersion,
    {
      title: revision.title,
      chapo: revision.chapo,
      body: revision.body,
      rubriqueId: current.rubriqueId,
      slug: current.slug,
      placement: current.placement,
      related: current.related.map((r) => r.targetId),
      relatedInline: current.related[0]?.inline ?? false,
      // Like its place and links, the story keeps its current picture: a version restores the text.
      imageId: current.imageId,
      imageAlt: current.imageAlt,
      imageCaption: current.imageCaption,
      imageCredit: current.imageCredit,
    },
    'save',
  );
  await recordAudit({
    actorId: actor.id,
    action: 'article.restore',
    targetType: 'article',
    targetId: articleId,
    details: { restoredVersion: version, newVersion: result.version, contradicted: contradicted.map((entry) => entry.id) },
  });
  const changes = [result.publicChange];
  if (contradicted.length > 0 && notice)
    changes.push(
      notice.kind === 'new'
        ? await addUpdateEntry(actor, articleId, { kind: notice.entryKind, note: notice.note })
        : await editUpdateEntry(actor, notice.entryId, { kind: notice.entryKind, note: notice.note }),
    );
  return { ...result, changes };
}
