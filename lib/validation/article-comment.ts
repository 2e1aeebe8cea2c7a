/** A message in a story's « Discussion » (lib/data/article-comments.ts): the desk's words, never public. */
import { z } from 'zod';

export const COMMENT_MAX = 2_000;

export const ZCommentBody = z
  .string({ message: 'Écrivez votre message.' })
  // Counted as the field's counter counts: a line break is one character (browsers send \r\n).
  .transform((text) => text.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1, 'Écrivez votre message avant de l’envoyer.')
      .max(COMMENT_MAX, 'Le message ne doit pas dépasser 2\u202f000 caractères.')
      .refine((text) => !text.includes('\u0000'), 'Le message contient un caractère invalide.'),
  );
