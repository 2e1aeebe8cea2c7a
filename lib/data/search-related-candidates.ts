import 'server-only';
import { db } from '../db';
import { newestFirst, publishedWhere } from './published';

/** `rubriqueSlug` and `slug` make its public address (components/admin/article-form/address.ts), for the editor's links. */
export type TRelatedCandidate = {
  id: string;
  title: string;
  rubrique: string;
  rubriqueSlug: string;
  slug: string;
  publishedAt: Date | null;
};

/** Published stories whose title contains the words typed, for the « À lire aussi » picker and the body's « Lien ». */
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
    select: { id: true, title: true, slug: true, publishedAt: true, rubrique: { select: { name: true, slug: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    rubrique: r.rubrique.name,
    rubriqueSlug: r.rubrique.slug,
    slug: r.slug,
    publishedAt: r.publishedAt,
  }));
}
