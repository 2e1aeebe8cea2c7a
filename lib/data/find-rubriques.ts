import 'server-only';
import { keyFor, noteKeys } from '../cache/keys';
import { db } from '../db';

export type TRubrique = { id: string; slug: string; name: string; description: string };

/** The navigation bar: every rubrique in the editors' order. */
export async function findRubriques(): Promise<TRubrique[]> {
  noteKeys(keyFor.layout);
  return db().rubrique.findMany({
    select: { id: true, slug: true, name: true, description: true },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
  });
}
