/**
 * A conflict: someone saved the story while the journalist was writing. What the form says about
 * it, what differs, and the notices after « Garder mon texte » or « Prendre la version enregistrée ».
 */
import { diffWords, foldUnchanged, type TDiffPart } from '@/lib/content/diff';
import { deName } from '@/lib/french/elision';
import type { TFormImage } from '../ImageField';
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

export type TFormImageState = { image: TFormImage | null; imageAlt: string; imageCaption: string; imageCredit: string };

/** The saved version's picture or its words are not the form's. */
export function imageDiffers(conflict: TConflict, mine: TFormImageState): boolean {
  return (
    (conflict.image?.id ?? '') !== (mine.image?.id ?? '') ||
    conflict.imageAlt !== mine.imageAlt ||
    conflict.imageCaption !== mine.imageCaption ||
    conflict.imageCredit !== mine.imageCredit
  );
}

/** « une image de 800 × 600 pixels, décrite « … », légende « … », crédit « … » » (without the final point). */
export function savedImageDescription(conflict: TConflict): string {
  const size = conflict.image ? `une image de ${conflict.image.width}\u00a0×\u00a0${conflict.image.height}\u00a0pixels` : 'aucune image';
  return [
    size,
    conflict.imageAlt ? `, décrite «\u00a0${conflict.imageAlt}\u00a0»` : '',
    conflict.imageCaption ? `, légende «\u00a0${conflict.imageCaption}\u00a0»` : '',
    conflict.imageCredit ? `, crédit «\u00a0${conflict.imageCredit}\u00a0»` : '',
  ].join('');
}

/** The panel's heading. */
export const conflictHeading = (conflict: TConflict) => `Version enregistrée par ${someoneElse(conflict)}`;

/** The alert shown when the save met a newer version. */
export function conflictFailure(conflict: TConflict): string {
  return `${conflict.lastEditorName ?? 'Quelqu’un'} a enregistré une autre version de cet article pendant que vous écriviez. Rien n’a été écrasé\u00a0: votre texte est toujours dans le formulaire. Comparez-le ci-dessous avec la version enregistrée, puis choisissez «\u00a0Garder mon texte\u00a0» (et enregistrez) ou «\u00a0Prendre la version enregistrée\u00a0».`;
}

/** After « Garder mon texte ». */
export function keepMineNotice(conflict: TConflict): string {
  return `Votre texte est conservé. Enregistrez pour remplacer la version ${conflict.lastEditorName ? deName(conflict.lastEditorName) : 'de l’autre membre de la rédaction'} par la vôtre.`;
}

/** After « Prendre la version enregistrée ». */
export function takeSavedNotice(conflict: TConflict): string {
  return `Le formulaire contient maintenant la version ${conflict.version}, enregistrée par ${someoneElse(conflict)}.`;
}

export const TAKE_SAVED_QUESTION =
  'Remplacer le titre, le chapô, le texte et l’image du formulaire par la version enregistrée\u202f? Vos modifications de ces champs seront perdues.';
