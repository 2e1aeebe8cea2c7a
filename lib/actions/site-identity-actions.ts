'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { CLIENT_IP_HEADER } from '../auth/client-ip';
import { requireActionUser } from '../auth/session';
import { invalidatePublicChange } from '../cache/invalidate';
import { storeImage, storeLogo } from '../data/images';
import { loadSiteIdentity, saveSiteIdentity, type TIdentityPictures } from '../data/site-identity';
import { ImageRejected } from '../media/process-image';
import { SOCIAL_IMAGE_FORM_MAX_BYTES } from '../media/sizes';
import { siteIdentityFields, ZSiteIdentityForm } from '../validation/site-identity';
import { failureFrom, type TActionState } from './action-result';

const ADMIN = ['ADMIN'] as const;

/** A file field of the form, or null when none was chosen. */
function chosenFile(form: FormData, name: string): File | null {
  const value = form.get(name);
  return value instanceof File && value.size > 0 ? value : null;
}

/**
 * « Enregistrer les réglages »: the identity checked, the pictures checked and stored, one write with
 * its line in the journal, then every page purged everywhere (memory, Redis, Varnish). Nothing is
 * changed when anything is refused.
 */
export async function saveSiteIdentityAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...ADMIN]);
  if (!auth.ok) return auth;
  const parsed = ZSiteIdentityForm.safeParse(siteIdentityFields(form));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, message: 'Les réglages n’ont pas été enregistrés\u00a0: corrigez les champs signalés.', fieldErrors };
  }
  const logo = chosenFile(form, 'logo');
  const social = chosenFile(form, 'socialImage');
  const pictures: TIdentityPictures = {};
  try {
    if (logo) pictures.logoId = (await storeLogo(auth.user, Buffer.from(await logo.arrayBuffer()))).id;
  } catch (error) {
    if (error instanceof ImageRejected) return refused('logo', error.message);
    return failureFrom(error);
  }
  try {
    if (social) {
      if (social.size > SOCIAL_IMAGE_FORM_MAX_BYTES)
        return refused(
          'socialImage',
          `L’image de partage pèse plus de ${Math.round(SOCIAL_IMAGE_FORM_MAX_BYTES / 1024)}\u00a0Ko\u00a0: exportez-la en JPEG de 1200\u00a0pixels de large.`,
        );
      pictures.socialImageId = (await storeImage(auth.user, Buffer.from(await social.arrayBuffer()))).id;
    }
  } catch (error) {
    if (error instanceof ImageRejected) return refused('socialImage', error.message);
    return failureFrom(error);
  }
  let ip: string | null = null;
  try {
    ip = (await headers()).get(CLIENT_IP_HEADER) || null;
  } catch {
    ip = null;
  }
  try {
    invalidatePublicChange(await saveSiteIdentity(auth.user, parsed.data, pictures, ip));
    await loadSiteIdentity();
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath('/admin/reglages');
  return { ok: true, message: 'Réglages enregistrés\u00a0: toutes les pages du site les montrent dès maintenant.' };
}

function refused(field: string, message: string): TActionState {
  return { ok: false, message: `Les réglages n’ont pas été enregistrés\u00a0: ${message}`, fieldErrors: { [field]: message } };
}
