'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireActionUser } from '../auth/session';
import { invalidatePublicChange } from '../cache/invalidate';
import { endAlert, raiseAlert } from '../data/alerts';
import { failureFrom, formText, type TActionState } from './action-result';

const EDITORS = ['EDITOR', 'ADMIN'] as const;

/** « Lancer l’alerte »: on every readers' page at once, replacing the current one. */
export async function raiseAlertAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  try {
    const done = await raiseAlert(auth.user, {
      text: formText(form, 'text'),
      articleId: formText(form, 'articleId') || null,
      endsAt: formText(form, 'endsAt'),
    });
    invalidatePublicChange(done.change);
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath('/admin/alerte');
  return { ok: true, message: 'L’alerte est en ligne sur toutes les pages du site.' };
}

/** « Terminer l’alerte »: gone from every page at once. */
export async function endAlertAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const id = z.string().min(1).max(40).safeParse(formText(form, 'id'));
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  try {
    invalidatePublicChange((await endAlert(auth.user, id.data)).change);
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath('/admin/alerte');
  return { ok: true, message: 'L’alerte est terminée.' };
}
