import 'server-only';
import { cache } from 'react';
import { readDb } from '../db';
import type { TRubrique } from './find-rubriques';

export const getRubriqueBySlug = cache(async function getRubriqueBySlug(slug: string): Promise<TRubrique | null> {
  return (await readDb()).rubrique.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
});
