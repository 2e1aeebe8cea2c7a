import 'server-only';
import { readDb } from '../db';
import type { TRubrique } from './query-rubriques';

/** One rubrique by its slug (a rubrique's feed). Readers' pages find theirs in the navigation they already read. */
export async function getRubriqueBySlug(slug: string): Promise<TRubrique | null> {
  return (await readDb()).rubrique.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
}
