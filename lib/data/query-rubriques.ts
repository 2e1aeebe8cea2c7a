import 'server-only';
import { readDb } from '../db';

export type TRubrique = { id: string; slug: string; name: string; description: string };

/**
 * Every rubrique in the editors' order, from the database. Not cached here: Next's pages read it
 * through find-rubriques.ts (Next's data cache), the direct renderer keeps its own copy (lib/render).
 */
export async function queryRubriques(): Promise<TRubrique[]> {
  return (await readDb()).rubrique.findMany({
    select: { id: true, slug: true, name: true, description: true },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
  });
}
