import 'server-only';
import { db } from '../db';

/** The lives running now, newest first: every newsroom member may post in them (« Fil du direct »). */
export async function findRunningLives(take = 10): Promise<{ id: string; title: string; startedAt: Date }[]> {
  const rows = await db().article.findMany({
    where: { liveStartedAt: { not: null }, liveEndedAt: null },
    orderBy: { liveStartedAt: 'desc' },
    take,
    select: { id: true, title: true, liveStartedAt: true },
  });
  return rows.map((row) => ({ id: row.id, title: row.title, startedAt: row.liveStartedAt ?? new Date(0) }));
}
