import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { readDb } from '../db';

export type TRubrique = { id: string; slug: string; name: string; description: string };

/**
 * Every rubrique in the editors' order, from the database: the newsroom's lists (the story form, the
 * filters), hidden ones included. Not cached here.
 */
export async function queryRubriques(): Promise<TRubrique[]> {
  return (await readDb()).rubrique.findMany({
    select: { id: true, slug: true, name: true, description: true },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
  });
}

/**
 * The readers' menu, in the editors' order: the rubriques an editor chose to show, and those with a
 * story online. A new rubrique stays out until one of the two happens (an empty section in the menu
 * looks broken). One EXISTS per rubrique, on the (rubriqueId, status, publishedAt) index; readers'
 * pages read it through lib/readers/navigation.ts, which keeps it until a purge.
 */
export async function queryMenuRubriques(): Promise<TRubrique[]> {
  return (await readDb()).$queryRaw<TRubrique[]>(Prisma.sql`
    SELECT r.id, r.slug, r.name, r.description
    FROM "Rubrique" r
    WHERE r."shownInMenu"
       OR EXISTS (
         SELECT 1 FROM "Article" a
         WHERE a."rubriqueId" = r.id AND a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL
       )
    ORDER BY r.position, r.name`);
}
