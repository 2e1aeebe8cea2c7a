import 'server-only';
import { canManageRubriques, type TActor } from '../auth/permissions';
import { keyFor } from '../cache/keys';
import { db } from '../db';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';
import type { TPublicChange } from './public-change';
import { publishedWhere } from './published';
import { claimRubriqueSlug } from './rubrique-slugs';

export type TRubriqueAdminRow = {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  articleCount: number;
  /** Stories online: with none, the rubrique is in the readers' menu only if `shownInMenu`. */
  publishedCount: number;
  shownInMenu: boolean;
  /** Its former addresses, which still lead to it (newest first). */
  oldSlugs: string[];
};

export function guardRubriques(actor: TActor) {
  if (!canManageRubriques(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
}

const GONE = 'Cette rubrique n’existe plus\u00a0: rechargez la page.';

export async function findRubriquesForAdmin(actor: TActor): Promise<TRubriqueAdminRow[]> {
  guardRubriques(actor);
  const rows = await db().rubrique.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      position: true,
      shownInMenu: true,
      oldSlugs: { select: { slug: true }, orderBy: { createdAt: 'desc' } },
      _count: { select: { articles: true } },
    },
  });
  const published = await db().article.groupBy({ by: ['rubriqueId'], where: publishedWhere, _count: { _all: true } });
  const online = new Map(published.map((row) => [row.rubriqueId, row._count._all]));
  return rows.map(({ _count, oldSlugs, ...r }) => ({
    ...r,
    articleCount: _count.articles,
    publishedCount: online.get(r.id) ?? 0,
    oldSlugs: oldSlugs.map((old) => old.slug),
  }));
}

/**
 * Creates a rubrique at the end of the menu, hidden from readers until it has a story online or an
 * editor shows it (lib/data/rubrique-menu.ts).
 */
export async function createRubrique(actor: TActor, input: { name: string; slug: string; description: string }) {
  guardRubriques(actor);
  return db().$transaction(async (tx) => {
    await claimRubriqueSlug(tx, input.slug, null);
    const last = await tx.rubrique.aggregate({ _max: { position: true } });
    const rubrique = await tx.rubrique.create({ data: { ...input, position: (last._max.position ?? -1) + 1 } });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'rubrique.create',
        targetType: 'rubrique',
        targetId: rubrique.id,
        details: { name: input.name, slug: input.slug },
      },
      tx,
    );
    return rubrique;
  });
}

/**
 * Renames a rubrique and may move it to a new address. The old address is kept as a `RubriqueSlug`:
 * `/{old}` and `/{old}/{story}` answer 301 to the new ones (lib/readers/pages/rubrique.tsx, article.tsx).
 * A new address changes every page that links to the rubrique or its stories — the menu on every page,
 * its stories' canonical addresses, the feeds and sitemaps —, so the change purges `layout`, which every
 * readers' page carries (no need to name each story), and the feeds.
 */
export async function updateRubrique(
  actor: TActor,
  id: string,
  input: { name: string; description: string; slug: string },
): Promise<{ publicChange: TPublicChange; movedFrom: string | null }> {
  guardRubriques(actor);
  return db().$transaction(async (tx) => {
    const before = await tx.rubrique.findUnique({ where: { id }, select: { slug: true, name: true, description: true } });
    if (!before) throw new NewsroomError(GONE, 'not_found');
    const moved = input.slug !== before.slug;
    if (moved) {
      await claimRubriqueSlug(tx, input.slug, id);
      await tx.rubriqueSlug.upsert({
        where: { slug: before.slug },
        create: { slug: before.slug, rubriqueId: id },
        update: { rubriqueId: id },
      });
    }
    await tx.rubrique.update({ where: { id }, data: input });
    await recordAudit(
      {
        actorId: actor.id,
        action: moved ? 'rubrique.rename' : 'rubrique.update',
        targetType: 'rubrique',
        targetId: id,
        details: moved ? { name: input.name, description: input.description, from: before.slug, to: input.slug } : input,
      },
      tx,
    );
    // The name and the address are in the menu, on the rubrique's pages, in the feeds and sitemaps.
    const publicChange = { keys: [keyFor.layout, keyFor.rubriqueList(id), keyFor.feeds] };
    return { publicChange, movedFrom: moved ? before.slug : null };
  });
}

/** Deletes an empty rubrique; one that still has stories (drafts included) is refused. Its old addresses go with it. */
export async function deleteRubrique(actor: TActor, id: string) {
  guardRubriques(actor);
  await db().$transaction(async (tx) => {
    const rubrique = await tx.rubrique.findUnique({ where: { id }, select: { name: true, _count: { select: { articles: true } } } });
    if (!rubrique) throw new NewsroomError(GONE, 'not_found');
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
