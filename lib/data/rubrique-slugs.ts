import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { RESERVED_SLUGS } from '../validation/reserved-slugs';
import { NewsroomError } from './newsroom-errors';

type TTx = Pick<Prisma.TransactionClient, '$executeRaw' | 'rubrique' | 'rubriqueSlug'>;

/**
 * Checks that `slug` may become the address of rubrique `ownerId` (null: a rubrique being created),
 * inside the caller's transaction. An address is one of three things: a rubrique's current one, a
 * rubrique's old one (it still leads there, lib/data/find-rubrique-redirect.ts), or free. Taking back
 * its own old address is allowed: that redirect is dropped, since the address is current again.
 *
 * Current and old addresses live in two tables that no constraint joins, so every change of address
 * takes one transaction-scoped lock first: two editors cannot each take the other's address at once.
 */
export async function claimRubriqueSlug(tx: TTx, slug: string, ownerId: string | null): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dakarinfo:rubrique-slugs'))`;
  if (RESERVED_SLUGS.has(slug)) throw new NewsroomError('Cette adresse est réservée par le site.', 'invalid', 'slug');
  const current = await tx.rubrique.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (current && current.id !== ownerId) {
    throw new NewsroomError(`La rubrique «\u00a0${current.name}\u00a0» utilise déjà cette adresse.`, 'invalid', 'slug');
  }
  const old = await tx.rubriqueSlug.findUnique({ where: { slug }, select: { rubriqueId: true, rubrique: { select: { name: true } } } });
  if (old && old.rubriqueId !== ownerId) {
    throw new NewsroomError(
      `Cette adresse a été celle de la rubrique «\u00a0${old.rubrique.name}\u00a0» et y mène encore\u00a0: choisissez-en une autre.`,
      'invalid',
      'slug',
    );
  }
  if (old) await tx.rubriqueSlug.delete({ where: { slug } });
}
