'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireActionUser } from '../auth/session';
import { keyFor } from '../cache/keys';
import { invalidatePublicChange } from '../cache/invalidate';
import { createRubrique, deleteRubrique, moveRubrique, updateRubrique } from '../data/rubrique-admin';
import { slugify } from '../french/slug';
import { fieldErrors } from '../validation/article';
import { ZRubrique, ZRubriqueSlug } from '../validation/rubrique';
import { failureFrom, formText, type TActionState } from './action-result';

const EDITORS = ['EDITOR', 'ADMIN'] as const;
const ZId = z.string().min(1).max(40);

/** A rubrique change shows in every public page's navigation. */
function refreshSite() {
  invalidatePublicChange({ keys: [keyFor.layout] });
  revalidatePath('/admin/rubriques');
}

export async function createRubriqueAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const parsed = ZRubrique.safeParse({ name: formText(form, 'name'), description: formText(form, 'description') });
  if (!parsed.success) return { ok: false, message: Object.values(fieldErrors(parsed.error))[0], fieldErrors: fieldErrors(parsed.error) };
  const slug = ZRubriqueSlug.safeParse(formText(form, 'slug') || slugify(parsed.data.name, 40));
  if (!slug.success) return { ok: false, message: slug.error.issues[0]?.message };
  try {
    await createRubrique(auth.user, { ...parsed.data, slug: slug.data });
  } catch (error) {
    return failureFrom(error);
  }
  refreshSite();
  return { ok: true, message: `Rubrique «\u00a0${parsed.data.name}\u00a0» créée (/${slug.data}).` };
}

export async function updateRubriqueAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  const parsed = ZRubrique.safeParse({ name: formText(form, 'name'), description: formText(form, 'description') });
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  if (!parsed.success) return { ok: false, message: Object.values(fieldErrors(parsed.error))[0] };
  try {
    await updateRubrique(auth.user, id.data, parsed.data);
  } catch (error) {
    return failureFrom(error);
  }
  refreshSite();
  return { ok: true, message: 'Rubrique enregistrée.' };
}

export async function moveRubriqueAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  const direction = z.enum(['up', 'down']).safeParse(formText(form, 'direction'));
  if (!id.success || !direction.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  try {
    await moveRubrique(auth.user, id.data, direction.data);
  } catch (error) {
    return failureFrom(error);
  }
  refreshSite();
  return { ok: true, message: 'Ordre enregistré.' };
}

export async function deleteRubriqueAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  try {
    await deleteRubrique(auth.user, id.data);
  } catch (error) {
    return failureFrom(error);
  }
  refreshSite();
  return { ok: true, message: 'Rubrique supprimée.' };
}
