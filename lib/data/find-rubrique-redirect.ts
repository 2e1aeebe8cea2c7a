import 'server-only';
import { readDb } from '../db';

/** The current slug of the rubrique that was once at `/{slug}`; null when no rubrique ever was. */
export async function findRubriqueRedirect(slug: string): Promise<string | null> {
  const old = await (await readDb()).rubriqueSlug.findUnique({ where: { slug }, select: { rubrique: { select: { slug: true } } } });
  return old?.rubrique.slug ?? null;
}
