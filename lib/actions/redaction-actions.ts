'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireActionUser } from '../auth/session';
import { invalidatePublicChange } from '../cache/invalidate';
import { addLegalRedaction } from '../data/legal-redactions';
import { failureFrom, formText, type TActionState } from './action-result';

const ZId = z.string().min(1).max(40);

/** « Retirer le passage »: masked at once from every public page built from the story's past. */
export async function addLegalRedactionAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser(['EDITOR', 'ADMIN']);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  let stillInStory: boolean;
  try {
    const done = await addLegalRedaction(auth.user, id.data, { passage: formText(form, 'passage'), reason: formText(form, 'reason') });
    invalidatePublicChange(done);
    stillInStory = done.stillInStory;
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath(`/admin/articles/${id.data}/retrait-juridique`);
  return {
    ok: true,
    message: stillInStory
      ? 'Le passage est retiré des comparaisons et des notes publiques. Attention\u00a0: le texte actuel de l’article le contient encore, modifiez-le.'
      : 'Le passage est retiré des comparaisons et des notes publiques.',
  };
}
