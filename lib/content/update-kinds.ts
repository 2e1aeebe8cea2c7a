/**
 * The public update entries' kinds as readers read them: their French names and the values of
 * `/mises-a-jour?type=`. Pure.
 */
import type { UpdateKind } from '../generated/prisma/enums';

export const UPDATE_KIND_LABEL: Record<UpdateKind, string> = {
  MISE_A_JOUR: 'Mise à jour',
  CORRECTION: 'Correction',
  PRECISION: 'Précision',
};

/** `?type=` on /mises-a-jour and its feed. */
export const UPDATE_KIND_PARAM: Record<UpdateKind, string> = {
  MISE_A_JOUR: 'mise-a-jour',
  CORRECTION: 'correction',
  PRECISION: 'precision',
};

export function updateKindFromParam(value: string): UpdateKind | null {
  const found = (Object.entries(UPDATE_KIND_PARAM) as [UpdateKind, string][]).find(([, param]) => param === value);
  return found ? found[0] : null;
}

/** The address of an entry's « Voir ce qui a changé ». */
export function updateDiffHref(entryId: string): string {
  return `/mises-a-jour/${entryId}`;
}
