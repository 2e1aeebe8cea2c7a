import 'server-only';
import { cache } from 'react';
import { keyFor, noteKeys } from '../cache/keys';
import { db } from '../db';

export type TRubrique = { id: string; slug: string; name: string; description: string };

/** The navigation bar: every rubrique in the editors' order. */
export const findRubriques = cache(async function findRubriques(): Promise<TRubrique[]> {
  noteKeys(keyFor.layout);
  return db().rubrique.findMany({
    select: { id: true, slug: true, name: true, description: true },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
  });
});
