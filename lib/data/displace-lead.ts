import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { placeStory } from './front-page';

/**
 * The other stories online as « Manchette principale » become the first of the « À la une » titles
 * (the others move down one place): a new version of each (its text unchanged, so a colleague editing
 * it meets a conflict that merges the new placement), and a line in the journal. Returns their titles,
 * for the editor's confirmation. The caller holds the front page's lock and records the new arrangement.
 */
export async function displaceLead(
  tx: Prisma.TransactionClient,
  actorId: string | null,
  leadId: string,
): Promise<{ id: string; title: string }[]> {
  const leads = await tx.article.findMany({
    where: { status: 'PUBLISHED', placement: 'LEAD', id: { not: leadId } },
    select: { id: true, title: true },
  });
  if (leads.length === 0) return [];
  await tx.article.updateMany({ where: { frontPosition: { not: null } }, data: { frontPosition: { increment: leads.length } } });
  for (const [index, lead] of leads.entries()) {
    await placeStory(tx, actorId, lead.id, { placement: 'TOP', frontPosition: index, pinnedUntil: null }, { by: leadId });
  }
  return leads;
}
