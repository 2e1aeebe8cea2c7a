import 'server-only';
import { readDb } from '../db';

export type TRubrique = { id: string; slug: string; name: string; description: string };

/**
 * Every rubrique in the editors' order, from the database. Not cached here: readers' pages read it
 * through lib/readers/navigation.ts, which keeps it until a purge; the newsroom reads it fresh.
 */
export async function queryRubriques(): Promise<TRubrique[]> {
  return (await readDb()).rubrique.findMany({
    select: { id: true, slug: true, name: true, description: true },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
  });
}
