/**
 * A conflict: someone saved the story while the journalist was writing. What the form says about
 * it, what differs, and the notices once the versions are merged (merge-story.ts) or the saved one
 * is taken whole (« Prendre la version enregistrée »).
 */
import { diffWords, foldUnchanged, type TDiffPart } from '@/lib/content/diff';
import { deName } from '@/lib/french/elision';
import type { TConflict } from './types';

/** The fields compared word by word, with their headings. */
export const CONFLICT_FIELDS = [
  { name: 'title', label: 'Titre' },
  { name: 'chapo', label: 'Chapô' },
  { name: 'body', label: 'Texte' },
] as const;

export type TConflictTexts = { title: string; chapo: string; body: string };
export type TConflictDiff = Record<keyof TConflictTexts, TDiffPart[]>;

const someoneElse = (conflict: TConflict) => conflict.lastEditorName ?? 'un autre membre de la rédaction';

/** The saved version against the form's text (the body's long unchanged passages folded). */
export function conflictDiff(conflict: TConflict, mine: TConflictTexts): TConflictDiff {
  return {
    title: diffWords(conflict.title, mine.title),
    chapo: diffWords(conflict.chapo, mine.chapo),
    body: foldUnchanged(diffWords(conflict.body, mine.body)),
  };
}

export const isUnchanged = (parts: TDiffPart[]) => parts.every((part) => part.kind === 'same');

/** The panel's heading. */
export const conflictHeading = (conflict: TConflict) => `Version enregistrée par ${someoneElse(conflict)}`;

/** The alert shown when the save met a newer version and some passages need the person's choice. */
export function conflictFailure(conflict: TConflict, conflicts: number): string {
  return `${conflict.lastEditorName ?? 'Quelqu’un'} a enregistré une autre version de cet article pendant que vous écriviez. Rien n’a été écrasé\u00a0: votre texte est toujours dans le formulaire. Ce qui ne se chevauche pas est fusionné\u00a0; ${conflicts > 1 ? `${conflicts}\u00a0passages ont été modifiés` : 'un passage a été modifié'} des deux côtés\u00a0: choisissez ci-dessous ce qu’il faut garder, puis «\u00a0Appliquer la fusion\u00a0».`;
}

/** After the merge went into the form (by the person's choices): the next save writes it. */
export function mergedNotice(conflict: TConflict): string {
  return `Fusion appliquée avec la version ${conflict.version} ${ofConflictAuthor(conflict)}. Relisez, puis enregistrez.`;
}

/** Saved after an automatic merge: nothing overlapped. */
export function autoMergedNotice(conflict: TConflict, theirChanges: string, message: string): string {
  const who = conflict.lastEditorName ?? 'Un autre membre de la rédaction';
  return `${message} ${who} avait enregistré une autre version entre-temps${theirChanges ? ` (${theirChanges})` : ''}\u00a0: ses modifications et les vôtres ne se chevauchaient pas, elles sont toutes dans cette version.`;
}

/** After « Prendre la version enregistrée ». */
export function takeSavedNotice(conflict: TConflict): string {
  return `Le formulaire contient maintenant la version ${conflict.version}, enregistrée par ${someoneElse(conflict)}.`;
}

export const TAKE_SAVED_QUESTION =
  'Remplacer tout le formulaire par la version enregistrée\u202f? Vos modifications non enregistrées seront perdues.';

export const conflictAuthor = someoneElse;

/** « d’Awa Ndiaye », « de Moussa Diop », « de l’autre membre de la rédaction ». */
export const ofConflictAuthor = (conflict: TConflict) =>
  conflict.lastEditorName ? deName(conflict.lastEditorName) : 'de l’autre membre de la rédaction';
