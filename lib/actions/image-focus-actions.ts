'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { CLIENT_IP_HEADER } from '../auth/client-ip';
import { requireActionUser } from '../auth/session';
import { invalidatePublicChange } from '../cache/invalidate';
import { setImageFocus } from '../data/image-focus';
import { ZFocus } from '../validation/image-focus';
import { failureFrom, formText, type TActionState } from './action-result';

/** « Cadrer »: the point of the story's picture its crops keep in view; the story's pages purged. */
export async function setImageFocusAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser();
  if (!auth.ok) return auth;
  const id = z.string().min(1).max(40).safeParse(formText(form, 'articleId'));
  const focus = ZFocus.safeParse(formText(form, 'focus'));
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  if (!focus.success) return { ok: false, message: focus.error.issues[0]?.message ?? 'Point de cadrage invalide.' };
  let ip: string | null = null;
  try {
    ip = (await headers()).get(CLIENT_IP_HEADER) || null;
  } catch {
    ip = null;
  }
  try {
    invalidatePublicChange(await setImageFocus(auth.user, id.data, focus.data, ip));
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath(`/admin/articles/${id.data}`);
  return { ok: true, message: 'Cadrage enregistré\u00a0: les formats 16:9, 4:3 et carré suivent ce point.' };
}
