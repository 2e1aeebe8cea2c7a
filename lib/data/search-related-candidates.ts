import 'server-only';
import { db } from '../db';
import { newestFirst, publishedWhere } from './published';

export type TRelatedCandidate = { id: string; title: string; rubrique: string; publishedAt: Date | null };

/** Published stories whose title contains the words typed, for the « À lire aussi » picker. */
export async function searchRelatedCandidates(query: string, excludeId?: string): Promise<TRelatedCandidate[]> {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 6);
  const rows = await db().article.findMany({
    where: {
      ...publishedWhere,
      ...(excludeId ? { id: { not: excludeId } } : {}),
      AND: words.map((word) => ({ title: { contains: word, mode: 'insensitive' as const } })),
    },
    orderBy: newestFirst,
    take: 10,
    select: { id: true, title: true, publishedAt: true, rubrique: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, rubrique: r.rubrique.name, publishedAt: r.publishedAt }));
}
