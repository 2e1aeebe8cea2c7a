/** An entry of a live page (« En direct »), as the « Fil du direct » composer sends it (lib/data/live-entries.ts). */
import { z } from 'zod';
import { IMAGE_ALT_MAX } from './article';

export const LIVE_ENTRY_MAX = 5_000;

export const ZLiveEntryBody = z
  .string({ message: 'Écrivez le texte de l’entrée.' })
  // Counted as the field's counter counts: a line break is one character (browsers send \r\n).
  .transform((text) => text.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1, 'Écrivez le texte de l’entrée avant de la publier.')
      .max(LIVE_ENTRY_MAX, 'L’entrée ne doit pas dépasser 5\u202f000 caractères.')
      .refine((text) => !text.includes('\u0000'), 'L’entrée contient un caractère invalide.'),
  );

/** The text, and an optional picture that then needs its alternative text. */
export const ZLiveEntryContent = z
  .object({
    body: ZLiveEntryBody,
    imageId: z
      .string()
      .trim()
      .max(40, 'Image inconnue\u00a0: envoyez-la de nouveau.')
      .nullish()
      .transform((id) => id || null),
    imageAlt: z
      .string()
      .default('')
      .transform((text) => text.replace(/\s+/g, ' ').trim())
      .pipe(z.string().max(IMAGE_ALT_MAX, `Le texte alternatif ne doit pas dépasser ${IMAGE_ALT_MAX} caractères.`)),
  })
  .superRefine((entry, context) => {
    if (entry.imageId && !entry.imageAlt)
      context.addIssue({ code: 'custom', path: ['imageAlt'], message: 'Décrivez l’image pour les lecteurs qui ne la voient pas.' });
  })
  .transform((entry) => ({ ...entry, imageAlt: entry.imageId ? entry.imageAlt : '' }));

export type TLiveEntryContent = z.infer<typeof ZLiveEntryContent>;
/** What the data layer takes: the text, maybe a picture (its words are checked there too). */
export type TLiveEntryInput = z.input<typeof ZLiveEntryContent>;

/** The first French message of a refused entry, and the field it is about. */
export function liveEntryProblem(error: z.ZodError): { message: string; field: string } {
  const issue = error.issues[0];
  const field = typeof issue?.path[0] === 'string' ? issue.path[0] : 'body';
  return { message: issue?.message ?? 'Entrée invalide.', field };
}
