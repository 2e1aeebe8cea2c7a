import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { recordAudit } from './audit';

/**
 * The other stories online as « Manchette principale » become « À la une »: a new version of each
 * (its text unchanged, so a colleague editing it meets a conflict that merges the new placement),
 * and a line in the journal. Returns their titles, for the editor's confirmation.
 */
export async function displaceLead(
  tx: Prisma.TransactionClient,
  actorId: string | null,
  leadId: string,
  now: Date,
): Promise<{ id: string; title: string }[]> {
  const leads = await tx.article.findMany({
    where: { status: 'PUBLISHED', placement: 'LEAD', id: { not: leadId } },
    select: {
      id: true,
      version: true,
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
  for (const lead of leads) {
    const { id, version, ...content } = lead;
    await tx.article.update({ where: { id }, data: { placement: 'TOP', version: version + 1, updatedAt: now } });
    await tx.revision.create({ data: { articleId: id, version: version + 1, ...content, authorId: actorId } });
    await recordAudit(
      {
        actorId,
        action: 'article.placement',
        targetType: 'article',
        targetId: id,
        details: { title: lead.title, from: 'LEAD', to: 'TOP', by: leadId },
      },
      tx,
    );
  }
  return leads.map(({ id, title }) => ({ id, title }));
}
