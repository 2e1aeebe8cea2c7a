import 'server-only';
import { readDb } from '../db';
import type { TRubrique } from './query-rubriques';

/** One rubrique by its slug: a rubrique's feed, and a rubrique's page when the navigation it read does not know it yet. */
export async function getRubriqueBySlug(slug: string): Promise<TRubrique | null> {
  return (await readDb()).rubrique.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
}
