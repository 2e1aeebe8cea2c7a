/**
 * « Réglages du site »: what an admin types for the site's identity (lib/site-settings.ts), checked
 * once here, with French messages. The logo and the default social image are files, checked by
 * lib/media (process-logo.ts, process-image.ts).
 */
import { z } from 'zod';
import { isKnownTimeZone } from '../french/dates';

export const SITE_NAME_MAX = 40;
export const TAGLINE_MAX = 120;
export const LEGAL_MAX = 600;
export const SOCIAL_ALT_MAX = 200;

const legal = (label: string) =>
  z
    .string()
    .max(LEGAL_MAX, `${label}\u00a0: ${LEGAL_MAX}\u00a0caractères au plus.`)
    .transform((value) =>
      value
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    );

/** `https://www.example.fr` (scheme and host, no path): the site's public address, or empty. */
const ZPublicUrl = z
  .string()
  .trim()
  .transform((value) => value.replace(/\/+$/, ''))
  .refine((value) => {
    if (value === '') return true;
    try {
      const url = new URL(value);
      // As `npm start` checks SITE_URL: plain http only on this machine (lib/ops/check-config.ts).
      const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
      return (
        (url.protocol === 'https:' || (url.protocol === 'http:' && local)) &&
        url.pathname === '/' &&
        !url.search &&
        !url.hash &&
        !url.username
      );
    } catch {
      return false;
    }
  }, 'L’adresse publique doit être de la forme «\u00a0https://www.exemple.fr\u00a0» (en https), sans chemin après le nom de domaine.');

export const ZSiteIdentityForm = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Le nom du site doit compter au moins 2 caractères.')
    .max(SITE_NAME_MAX, `Le nom du site ne doit pas dépasser ${SITE_NAME_MAX}\u00a0caractères.`),
  tagline: z
    .string()
    .trim()
    .min(2, 'Indiquez la devise du site (la ligne sous son nom).')
    .max(TAGLINE_MAX, `La devise ne doit pas dépasser ${TAGLINE_MAX}\u00a0caractères.`),
  publicUrl: ZPublicUrl,
  timeZone: z
    .string()
    .trim()
    .refine(isKnownTimeZone, 'Fuseau horaire inconnu. Écrivez-le comme «\u00a0Europe/Paris\u00a0» ou «\u00a0Africa/Dakar\u00a0».'),
  legalPublisher: legal('Éditeur'),
  legalDirector: legal('Directeur ou directrice de la publication'),
  legalHost: legal('Hébergeur'),
  socialImageAlt: z
    .string()
    .trim()
    .max(SOCIAL_ALT_MAX, `Le texte de l’image de partage ne doit pas dépasser ${SOCIAL_ALT_MAX}\u00a0caractères.`),
  removeLogo: z.boolean(),
  removeSocialImage: z.boolean(),
});

export type TSiteIdentityForm = z.infer<typeof ZSiteIdentityForm>;

/** The form's fields as zod reads them (checkboxes become booleans). */
export function siteIdentityFields(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    name: text('name'),
    tagline: text('tagline'),
    publicUrl: text('publicUrl'),
    timeZone: text('timeZone'),
    legalPublisher: text('legalPublisher'),
    legalDirector: text('legalDirector'),
    legalHost: text('legalHost'),
    socialImageAlt: text('socialImageAlt'),
    removeLogo: form.get('removeLogo') === '1',
    removeSocialImage: form.get('removeSocialImage') === '1',
  };
}
