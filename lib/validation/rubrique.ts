import { z } from 'zod';
import { SLUG_PATTERN } from '../french/slug';

export const ZRubrique = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Le nom de la rubrique doit compter au moins 2 caractères.')
    .max(40, 'Le nom de la rubrique ne doit pas dépasser 40 caractères.'),
  description: z.string().trim().max(300, 'La description ne doit pas dépasser 300 caractères.'),
});

export const ZRubriqueSlug = z
  .string()
  .trim()
  .min(1, 'Indiquez l’adresse de la rubrique.')
  .max(40, 'L’adresse ne doit pas dépasser 40 caractères.')
  .regex(
    SLUG_PATTERN,
    'L’adresse ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets, sans tiret au début ni à la fin (par exemple «\u00a0vie-locale\u00a0»).',
  );
