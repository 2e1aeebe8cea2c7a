'use server';

import { revalidatePath } from 'next/cache';
import { requireActionUser } from '../auth/session';
import { invalidatePublicChange } from '../cache/invalidate';
import { saveCorrectionsPolicy } from '../data/corrections-policy';
import { failureFrom, formText, type TActionState } from './action-result';

/** « Enregistrer la politique »: /mises-a-jour/politique shows it at once. */
export async function saveCorrectionsPolicyAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser(['EDITOR', 'ADMIN']);
  if (!auth.ok) return auth;
  try {
    invalidatePublicChange(await saveCorrectionsPolicy(auth.user, formText(form, 'text')));
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath('/admin/corrections');
  return { ok: true, message: 'La politique de corrections est en ligne.' };
}
