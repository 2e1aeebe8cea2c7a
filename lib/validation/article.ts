/**
 * What the newsroom's article form may send, with French messages. Only these fields are read from a
 * form: anything else (status, authorId, publishedAt…) is ignored, because the server decides it.
 */
import { z } from 'zod';
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from '../french/slug';

export const TITLE_MAX = 200;
export const CHAPO_MAX = 600;
export const BODY_MAX = 200_000;
export const RELATED_MAX = 8;
export const IMAGE_ALT_MAX = 250;
export const IMAGE_CAPTION_MAX = 400;
export const IMAGE_CREDIT_MAX = 120;

const noNul = (value: string) => !value.includes('\u0000');

export const ZIntent = z.enum(['save', 'submit', 'return', 'publish', 'schedule', 'unpublish']);
export type TIntent = z.infer<typeof ZIntent>;

export const ZArticleDraft = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Le titre est obligatoire.')
    .max(TITLE_MAX, `Le titre ne doit pas dépasser ${TITLE_MAX} caractères.`)
    .refine(noNul, 'Le titre contient un caractère invalide.'),
  chapo: z
    .string()
    .trim()
    .max(CHAPO_MAX, `Le chapô ne doit pas dépasser ${CHAPO_MAX} caractères.`)
    .refine(noNul, 'Le chapô contient un caractère invalide.'),
  body: z
    .string()
    .max(BODY_MAX, `Le texte ne doit pas dépasser ${BODY_MAX.toLocaleString('fr-FR')} caractères.`)
    .refine(noNul, 'Le texte contient un caractère invalide.'),
  rubriqueId: z.string().trim().min(1, 'Choisissez une rubrique.').max(40, 'Choisissez une rubrique.'),
  // Typed as words (« L’été à Dakar »), kept as an address (`l-ete-a-dakar`), as Ghost does; only an
  // address with no letter or digit at all is refused.
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX_LENGTH * 4, `L’adresse ne doit pas dépasser ${SLUG_MAX_LENGTH} caractères.`)
    .refine((v) => v === '' || /[\p{L}\p{N}]/u.test(v), 'L’adresse doit contenir au moins une lettre ou un chiffre.')
    .transform((v) => (v === '' || SLUG_PATTERN.test(v) ? v : slugify(v)))
    .pipe(z.string().max(SLUG_MAX_LENGTH, `L’adresse ne doit pas dépasser ${SLUG_MAX_LENGTH} caractères.`)),
  placement: z.enum(['NONE', 'TOP', 'LEAD']).catch('NONE'),
  related: z.array(z.string().min(1).max(40)).max(RELATED_MAX, `Au plus ${RELATED_MAX} articles liés.`),
  relatedInline: z.boolean(),
  // The main picture: sent beforehand to /api/medias, named here by its id; what it shows (alt),
  // its caption and its credit belong to this story.
  imageId: z
    .string()
    .trim()
    .max(40, 'Image inconnue\u00a0: envoyez-la de nouveau.')
    .regex(/^[a-z0-9]*$/, 'Image inconnue\u00a0: envoyez-la de nouveau.')
    .transform((v) => v || null),
  imageAlt: z
    .string()
    .trim()
    .max(IMAGE_ALT_MAX, `Le texte alternatif ne doit pas dépasser ${IMAGE_ALT_MAX} caractères.`)
    .refine(noNul, 'Le texte alternatif contient un caractère invalide.'),
  imageCaption: z
    .string()
    .trim()
    .max(IMAGE_CAPTION_MAX, `La légende ne doit pas dépasser ${IMAGE_CAPTION_MAX} caractères.`)
    .refine(noNul, 'La légende contient un caractère invalide.'),
  imageCredit: z
    .string()
    .trim()
    .max(IMAGE_CREDIT_MAX, `Le crédit ne doit pas dépasser ${IMAGE_CREDIT_MAX} caractères.`)
    .refine(noNul, 'Le crédit contient un caractère invalide.'),
});
export type TArticleDraft = z.infer<typeof ZArticleDraft>;

export const ZVersion = z.coerce.number().int().min(1).max(2_147_483_647);

/** Reads the article form. `related` comes as repeated fields in the chosen order. */
export function parseArticleForm(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return ZArticleDraft.safeParse({
    title: text('title'),
    chapo: text('chapo'),
    body: text('body').replace(/\r\n/g, '\n'),
    rubriqueId: text('rubriqueId'),
    slug: text('slug'),
    placement: text('placement'),
    related: form.getAll('related').filter((v): v is string => typeof v === 'string' && v !== ''),
    relatedInline: text('relatedInline') === 'on',
    imageId: text('imageId'),
    imageAlt: text('imageAlt'),
    imageCaption: text('imageCaption'),
    imageCredit: text('imageCredit'),
  });
}

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    errors[key] ??= issue.message;
  }
  return errors;
}

/** A public update note's length limit, shown by its counter. */
export const UPDATE_NOTE_MAX = 1_000;

export const ZUpdateEntry = z.object({
  kind: z.enum(['MISE_A_JOUR', 'CORRECTION', 'PRECISION'], { message: 'Choisissez le type de modification.' }),
  note: z
    .string()
    // Counted as the field's counter counts: a line break is one character (browsers send \r\n).
    .transform((text) => text.replace(/\r\n?/g, '\n'))
    .pipe(
      z
        .string()
        .trim()
        .min(5, 'Expliquez la modification aux lecteurs (5 caractères au moins).')
        .max(UPDATE_NOTE_MAX, 'La note ne doit pas dépasser 1\u202f000 caractères.')
        .refine(noNul, 'La note contient un caractère invalide.'),
    ),
});
