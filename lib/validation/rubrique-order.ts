import { z } from 'zod';

/** The menu's order as the rubriques screen sends it: every rubrique's id, first to last. */
export const ZRubriqueOrder = z.array(z.string().min(1).max(40)).min(1).max(500);

/** Whether `submitted` holds exactly the ids of `current`, each once, in any order. */
export function isPermutationOf(submitted: readonly string[], current: readonly string[]): boolean {
  if (submitted.length !== current.length) return false;
  const left = new Set(current);
  for (const id of submitted) if (!left.delete(id)) return false;
  return left.size === 0;
}
