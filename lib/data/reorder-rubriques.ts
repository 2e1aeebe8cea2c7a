import 'server-only';
import type { TActor } from '../auth/permissions';
import { keyFor } from '../cache/keys';
import { db } from '../db';
import { isPermutationOf } from '../validation/rubrique-order';
import { recordAudit } from './audit';
import { NewsroomError } from './newsroom-errors';
import type { TPublicChange } from './public-change';
import { guardRubriques } from './rubrique-admin';

export const ORDER_OUTDATED =
  'La liste des rubriques a changé entre-temps (une rubrique a été créée ou supprimée)\u00a0: rechargez la page, puis refaites l’ordre.';

/**
 * Sets the menu's order: `ids` is every rubrique, first to last. A list that is not exactly the
 * current rubriques (one created or deleted meanwhile, a duplicate, a stranger) changes nothing. The
 * rows are locked for the check and the writes, so two editors' orders never interleave.
 */
export async function reorderRubriques(actor: TActor, ids: readonly string[]): Promise<TPublicChange> {
  guardRubriques(actor);
  return db().$transaction(async (tx) => {
    const current = await tx.$queryRaw<{ id: string; name: string; position: number }[]>`
      SELECT id, name, position FROM "Rubrique" ORDER BY position, name FOR UPDATE`;
    if (
      !isPermutationOf(
        ids,
        current.map((r) => r.id),
      )
    )
      throw new NewsroomError(ORDER_OUTDATED, 'conflict');
    const byId = new Map(current.map((r) => [r.id, r]));
    for (const [position, id] of ids.entries()) {
      if (byId.get(id)?.position !== position) await tx.rubrique.update({ where: { id }, data: { position } });
    }
    await recordAudit(
      {
        actorId: actor.id,
        action: 'rubrique.reorder',
        targetType: 'rubrique',
        details: { order: ids.map((id) => byId.get(id)?.name ?? id) },
      },
      tx,
    );
    return { keys: [keyFor.layout] };
  });
}
