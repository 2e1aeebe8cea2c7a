import 'server-only';
import { canMarkUpdate, type TActor } from '../auth/permissions';
import { keyFor } from '../cache/keys';
import { holdsPassage } from '../content/redact';
import { db } from '../db';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';
import { storyChange, type TPublicChange } from './public-change';

export const REDACTION_PASSAGE_MAX = 2000;
export const REDACTION_REASON_MAX = 1000;

export type TLegalRedaction = { id: string; passage: string; createdAt: Date; authorName: string | null };

/**
 * Legal redaction: an editor masks a passage from everything public built from a story's past (its
 * « Voir ce qui a changé » pages, its update notes on the story, /mises-a-jour, the feeds, the
 * JSON-LD). The reason goes to the journal. Every page and feed that showed it is purged; the story's
 * current text is the editor's to change (`stillInStory` says it still holds the passage).
 */
export async function addLegalRedaction(
  actor: TActor,
  articleId: string,
  input: { passage: string; reason: string },
): Promise<TPublicChange & { stillInStory: boolean }> {
  if (!canMarkUpdate(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  const passage = input.passage.replace(/\s+/g, ' ').trim();
  const reason = input.reason.replace(/\s+/g, ' ').trim();
  if (passage.length < 2) throw new NewsroomError('Copiez le passage à retirer.', 'invalid', 'passage');
  if (passage.length > REDACTION_PASSAGE_MAX)
    throw new NewsroomError(
      `Le passage ne peut dépasser ${REDACTION_PASSAGE_MAX.toLocaleString('fr-FR')} caractères.`,
      'invalid',
      'passage',
    );
  if (reason.length < 5) throw new NewsroomError('Indiquez la raison juridique (elle reste dans le journal).', 'invalid', 'reason');
  if (reason.length > REDACTION_REASON_MAX)
    throw new NewsroomError(`La raison ne peut dépasser ${REDACTION_REASON_MAX.toLocaleString('fr-FR')} caractères.`, 'invalid', 'reason');
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { title: true, chapo: true, body: true, authorId: true, rubriqueId: true },
    });
    if (!article) throw new NewsroomError(NOT_FOUND, 'not_found');
    const row = await tx.legalRedaction.create({ data: { articleId, passage, authorId: actor.id }, select: { id: true } });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'article.redaction',
        targetType: 'article',
        targetId: articleId,
        details: { redactionId: row.id, reason },
      },
      tx,
    );
    const change = await storyChange(tx, { id: articleId, authorId: article.authorId, rubriqueIds: [article.rubriqueId] });
    return {
      keys: [...change.keys, keyFor.updates],
      stillInStory: holdsPassage(`${article.title}\n${article.chapo}\n${article.body}`, [passage]),
    };
  });
}

/** The newsroom's list of a story's redactions (editors). */
export async function findLegalRedactions(actor: TActor, articleId: string): Promise<TLegalRedaction[]> {
  if (!canMarkUpdate(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  const rows = await db().legalRedaction.findMany({
    where: { articleId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, passage: true, createdAt: true, author: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, passage: row.passage, createdAt: row.createdAt, authorName: row.author?.name ?? null }));
}
