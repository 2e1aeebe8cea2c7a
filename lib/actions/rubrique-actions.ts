'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireActionUser } from '../auth/session';
import { keyFor } from '../cache/keys';
import { invalidatePublicChange } from '../cache/invalidate';
import type { TPublicChange } from '../data/public-change';
import { reorderRubriques } from '../data/reorder-rubriques';
import { createRubrique, deleteRubrique, updateRubrique } from '../data/rubrique-admin';
import { setRubriqueShownInMenu } from '../data/rubrique-menu';
import { slugify } from '../french/slug';
import { fieldErrors } from '../validation/article';
import { ZRubrique, ZRubriqueSlug } from '../validation/rubrique';
import { ZRubriqueOrder } from '../validation/rubrique-order';
import { failureFrom, formText, type TActionState } from './action-result';

const EDITORS = ['EDITOR', 'ADMIN'] as const;
const ZId = z.string().min(1).max(40);
const INCOMPLETE = 'Formulaire incomplet\u00a0: rechargez la page.';

/** A rubrique change shows on the readers' pages (at least in the menu, `layout`) and on this screen. */
function refreshSite(change: TPublicChange = { keys: [keyFor.layout] }) {
  invalidatePublicChange(change);
  revalidatePath('/admin/rubriques');
}

export async function createRubriqueAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const parsed = ZRubrique.safeParse({ name: formText(form, 'name'), description: formText(form, 'description') });
  if (!parsed.success) return { ok: false, message: Object.values(fieldErrors(parsed.error))[0], fieldErrors: fieldErrors(parsed.error) };
  const slug = ZRubriqueSlug.safeParse(formText(form, 'slug') || slugify(parsed.data.name, 40));
  if (!slug.success)
    return { ok: false, message: slug.error.issues[0]?.message, fieldErrors: { slug: slug.error.issues[0]?.message ?? '' } };
  try {
    await createRubrique(auth.user, { ...parsed.data, slug: slug.data });
  } catch (error) {
    return failureFrom(error);
  }
  refreshSite();
  return {
    ok: true,
    message: `Rubrique «\u00a0${parsed.data.name}\u00a0» créée (/${slug.data}). Elle restera hors du menu du site jusqu’à son premier article publié, sauf si vous l’y affichez.`,
  };
}

/** Name, description and address; a new address leaves the old one redirecting to it. */
export async function updateRubriqueAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  const parsed = ZRubrique.safeParse({ name: formText(form, 'name'), description: formText(form, 'description') });
  const slug = ZRubriqueSlug.safeParse(formText(form, 'slug'));
  if (!id.success) return { ok: false, message: INCOMPLETE };
  if (!parsed.success) return { ok: false, message: Object.values(fieldErrors(parsed.error))[0], fieldErrors: fieldErrors(parsed.error) };
  if (!slug.success)
    return { ok: false, message: slug.error.issues[0]?.message, fieldErrors: { slug: slug.error.issues[0]?.message ?? '' } };
  let result: Awaited<ReturnType<typeof updateRubrique>>;
  try {
    result = await updateRubrique(auth.user, id.data, { ...parsed.data, slug: slug.data });
  } catch (error) {
    return failureFrom(error);
  }
  refreshSite(result.publicChange);
  const { movedFrom } = result;
  return {
    ok: true,
    message: movedFrom
      ? `Rubrique enregistrée. Sa nouvelle adresse est /${slug.data}\u00a0; /${movedFrom} et les adresses de ses articles y redirigent.`
      : 'Rubrique enregistrée.',
  };
}

/** Shows a rubrique in the readers' menu before its first story online, or hides it until then. */
export async function setRubriqueMenuAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  const shown = z.enum(['true', 'false']).safeParse(formText(form, 'shown'));
  if (!id.success || !shown.success) return { ok: false, message: INCOMPLETE };
  let change: TPublicChange;
  try {
    change = await setRubriqueShownInMenu(auth.user, id.data, shown.data === 'true');
  } catch (error) {
    return failureFrom(error);
  }
  refreshSite(change);
  return {
    ok: true,
    message: shown.data === 'true' ? 'Rubrique affichée dans le menu.' : 'Rubrique masquée du menu jusqu’à son premier article.',
  };
}

/** The menu's whole order at once (the screen moves rows in place, then saves once). */
export async function reorderRubriquesAction(order: unknown): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const ids = ZRubriqueOrder.safeParse(order);
  if (!ids.success) return { ok: false, message: INCOMPLETE };
  let change: TPublicChange;
  try {
    change = await reorderRubriques(auth.user, ids.data);
  } catch (error) {
    return failureFrom(error);
  }
  refreshSite(change);
  return { ok: true, message: 'Ordre du menu enregistré.' };
}

export async function deleteRubriqueAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  if (!id.success) return { ok: false, message: INCOMPLETE };
  try {
    await deleteRubrique(auth.user, id.data);
  } catch (error) {
    return failureFrom(error);
  }
  refreshSite();
  return { ok: true, message: 'Rubrique supprimée.' };
}
