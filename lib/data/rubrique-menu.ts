import 'server-only';
import type { TActor } from '../auth/permissions';
import { keyFor } from '../cache/keys';
import { db } from '../db';
import { recordAudit } from './audit';
import { NewsroomError } from './newsroom-errors';
import type { TPublicChange } from './public-change';
import { guardRubriques } from './rubrique-admin';

/**
 * An editor shows a rubrique in the readers' menu before it has a story online, or hides it again until
 * then (a rubrique with a story online is in the menu either way: lib/data/query-rubriques.ts).
 */
export async function setRubriqueShownInMenu(actor: TActor, id: string, shown: boolean): Promise<TPublicChange> {
  guardRubriques(actor);
  return db().$transaction(async (tx) => {
    const updated = await tx.rubrique.updateMany({ where: { id }, data: { shownInMenu: shown } });
    if (updated.count !== 1) throw new NewsroomError('Cette rubrique n’existe plus\u00a0: rechargez la page.', 'not_found');
    await recordAudit(
      { actorId: actor.id, action: 'rubrique.menu', targetType: 'rubrique', targetId: id, details: { shownInMenu: shown } },
      tx,
    );
    // The menu is on every page; the rubrique's own page is `noindex` while it is out of it.
    return { keys: [keyFor.layout, keyFor.rubriqueList(id)] };
  });
}
