import 'server-only';
import { db } from '../db';
import type { TRubrique } from './find-rubriques';

export async function getRubriqueBySlug(slug: string): Promise<TRubrique | null> {
  return db().rubrique.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
}
