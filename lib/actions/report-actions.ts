'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireActionUser } from '../auth/session';
import { invalidatePublicChange } from '../cache/invalidate';
import { setErrorReportState, type TReportChange } from '../data/error-reports';
import { fieldErrors, ZUpdateEntry } from '../validation/article';
import { failureFrom, formText, type TActionState } from './action-result';

const ZId = z.string().min(1).max(40);
const ZIntent = z.enum(['nouveau', 'en-cours', 'rejeter', 'corrige-lien', 'corrige-mention']);

const DONE: Record<z.infer<typeof ZIntent>, string> = {
  nouveau: 'Le signalement est de nouveau à traiter.',
  'en-cours': 'Le signalement est pris en charge.',
  rejeter: 'Le signalement est rejeté.',
  'corrige-lien': 'Le signalement est marqué corrigé.',
  'corrige-mention': 'La correction est en ligne et le signalement marqué corrigé.',
};

/** « Signalements »: an editor moves a reader's report (and may write the public entry that answers it). */
export async function setReportStateAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser(['EDITOR', 'ADMIN']);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  const intent = ZIntent.safeParse(formText(form, 'intent'));
  if (!id.success || !intent.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  let change: TReportChange;
  switch (intent.data) {
    case 'nouveau':
      change = { state: 'NEW' };
      break;
    case 'en-cours':
      change = { state: 'IN_PROGRESS' };
      break;
    case 'rejeter':
      change = { state: 'REJECTED', reason: formText(form, 'reason') };
      break;
    case 'corrige-lien': {
      const updateId = ZId.safeParse(formText(form, 'updateId'));
      if (!updateId.success)
        return {
          ok: false,
          message: 'Choisissez la mention qui répond à ce signalement.',
          fieldErrors: { updateId: 'Choisissez une mention.' },
        };
      change = { state: 'CORRECTED', updateId: updateId.data };
      break;
    }
    case 'corrige-mention': {
      const entry = ZUpdateEntry.safeParse({ kind: formText(form, 'kind'), note: formText(form, 'note') });
      if (!entry.success) return { ok: false, message: 'Corrigez les champs signalés.', fieldErrors: fieldErrors(entry.error) };
      change = { state: 'CORRECTED', entry: entry.data };
      break;
    }
  }
  try {
    invalidatePublicChange(await setErrorReportState(auth.user, id.data, change));
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath('/admin', 'layout');
  return { ok: true, message: DONE[intent.data] };
}
