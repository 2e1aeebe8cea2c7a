import 'server-only';
import { RESERVED_SLUGS } from '../validation/reserved-slugs';
import { canManageRubriques, type TActor } from '../auth/permissions';
import { db } from '../db';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';

export type TRubriqueAdminRow = { id: string; slug: string; name: string; description: string; position: number; articleCount: number };

/** Paths that are pages of their own and can never be a rubrique. */

function guard(actor: TActor) {
  if (!canManageRubriques(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
}

export async function findRubriquesForAdmin(): Promise<TRubriqueAdminRow[]> {
  const rows = await db().rubrique.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, description: true, position: true, _count: { select: { articles: true } } },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, articleCount: _count.articles }));
}

export async function createRubrique(actor: TActor, input: { name: string; slug: string; description: string }) {
  guard(actor);
  if (RESERVED_SLUGS.has(input.slug)) throw new NewsroomError('Cette adresse est réservée par le site.', 'invalid', 'slug');
  if (await db().rubrique.findUnique({ where: { slug: input.slug } }))
    throw new NewsroomError('Une rubrique utilise déjà cette adresse.', 'invalid', 'slug');
  const last = await db().rubrique.aggregate({ _max: { position: true } });
  const rubrique = await db().rubrique.create({ data: { ...input, position: (last._max.position ?? -1) + 1 } });
  await recordAudit({
    actorId: actor.id,
    action: 'rubrique.create',
    targetType: 'rubrique',
    targetId: rubrique.id,
    details: { name: input.name },
  });
  return rubrique;
}

/** Renames a rubrique (its address stays, so no link breaks). */
export async function updateRubrique(actor: TActor, id: string, input: { name: string; description: string }) {
  guard(actor);
  const updated = await db().rubrique.updateMany({ where: { id }, data: input });
  if (updated.count !== 1) throw new NewsroomError('Cette rubrique n’existe plus.', 'not_found');
  await recordAudit({ actorId: actor.id, action: 'rubrique.update', targetType: 'rubrique', targetId: id, details: input });
}

/** Moves a rubrique one place up or down in the navigation bar. */
export async function moveRubrique(actor: TActor, id: string, direction: 'up' | 'down') {
  guard(actor);
  await db().$transaction(async (tx) => {
    const all = await tx.rubrique.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true } });
    const index = all.findIndex((r) => r.id === id);
    const other = index + (direction === 'up' ? -1 : 1);
    if (index < 0 || other < 0 || other >= all.length) return;
    [all[index], all[other]] = [all[other], all[index]];
    for (const [position, r] of all.entries()) await tx.rubrique.update({ where: { id: r.id }, data: { position } });
    await recordAudit(
      { actorId: actor.id, action: 'rubrique.update', targetType: 'rubrique', targetId: id, details: { move: direction } },
      tx,
    );
  });
}

/** Deletes an empty rubrique; one that still has stories (drafts included) is refused. */
export async function deleteRubrique(actor: TActor, id: string) {
  guard(actor);
  await db().$transaction(async (tx) => {
    const rubrique = await tx.rubrique.findUnique({ where: { id }, select: { name: true, _count: { select: { articles: true } } } });
    if (!rubrique) throw new NewsroomError('Cette rubrique n’existe plus.', 'not_found');
    if (rubrique._count.articles > 0) {
      throw new NewsroomError(
        `La rubrique «\u00a0${rubrique.name}\u00a0» contient ${rubrique._count.articles} article(s)\u00a0: déplacez-les avant de la supprimer.`,
        'invalid',
      );
    }
    await tx.rubrique.delete({ where: { id } });
    await recordAudit(
      { actorId: actor.id, action: 'rubrique.delete', targetType: 'rubrique', targetId: id, details: { name: rubrique.name } },
      tx,
    );
  });
}
