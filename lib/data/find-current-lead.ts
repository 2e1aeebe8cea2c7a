import 'server-only';
import { db } from '../db';

/**
 * The story online as « Manchette principale » (the newest one so placed), for the placement choice
 * of another story: taking the lead sends this one to « À la une » (save-article.ts displaceLead).
 */
export async function findCurrentLead(): Promise<{ id: string; title: string } | null> {
  return db().article.findFirst({
    where: { status: 'PUBLISHED', placement: 'LEAD', publishedAt: { not: null } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, title: true },
  });
}
