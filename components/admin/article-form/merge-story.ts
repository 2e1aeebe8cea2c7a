/**
 * A save refused because a colleague saved meanwhile: the story form's fields merged three ways
 * (lib/content/merge.ts) — the version the form started from (its last save), the form, and the
 * colleague's version. What does not overlap is merged at once; each overlap is a conflict the
 * person settles (theirs, mine, both, or edited by hand) before the merge goes into the form.
 */
import {
  conflictsOf,
  joinMerged,
  mergeList,
  mergeText,
  mergeValue,
  type TChoice,
  type TConflictPiece,
  type TMergePiece,
} from '@/lib/content/merge';
import type { Placement } from '@/lib/generated/prisma/enums';
import type { TFields } from './form-fields';

type TTextField = 'title' | 'chapo' | 'body';
type TValueField = 'rubriqueId' | 'slug' | 'placement' | 'scheduledAt' | 'relatedInline';
export type TImageWords = Pick<TFields, 'imageId' | 'imageAlt' | 'imageCaption' | 'imageCredit'>;

/** One place where the two versions disagree; `key` identifies its choice. */
export type TStoryConflict =
  | { key: string; kind: 'text'; field: TTextField; piece: TConflictPiece }
  | { key: string; kind: 'image'; field: 'image'; mine: TImageWords; theirs: TImageWords }
  | { key: string; kind: 'value'; field: TValueField; mine: string; theirs: string };

export type TStoryMerge = {
  texts: Record<TTextField, TMergePiece[]>;
  /** The merged values where there was no conflict (a conflict's field takes its choice). */
  values: Omit<TFields, TTextField>;
  conflicts: TStoryConflict[];
  /** What the colleague changed, in the order of the form (« le texte », « l’image »…). */
  theirChanges: string[];
};

export const TEXT_MODES: Record<TTextField, 'paragraphs' | 'whole'> = { title: 'whole', chapo: 'paragraphs', body: 'paragraphs' };

export const FIELD_LABELS: Record<TTextField | TValueField | 'image' | 'related', string> = {
  title: 'le titre',
  chapo: 'le chapô',
  body: 'le texte',
  image: 'l’image principale',
  rubriqueId: 'la rubrique',
  slug: 'l’adresse',
  placement: 'la place en une',
  scheduledAt: 'la programmation',
  related: 'les liens «\u00a0À lire aussi\u00a0»',
  relatedInline: 'le lien dans le texte',
};

const imageOf = (f: TFields): TImageWords => ({
  imageId: f.imageId,
  imageAlt: f.imageId ? f.imageAlt.trim() : '',
  imageCaption: f.imageId ? f.imageCaption.trim() : '',
  imageCredit: f.imageId ? f.imageCredit.trim() : '',
});
const sameImage = (a: TImageWords, b: TImageWords) =>
  a.imageId === b.imageId && a.imageAlt === b.imageAlt && a.imageCaption === b.imageCaption && a.imageCredit === b.imageCredit;

const normalise = (field: TTextField, text: string) => (field === 'body' ? text.replace(/\r\n?/g, '\n') : text.trim());

export function mergeStory(base: TFields, mine: TFields, theirs: TFields): TStoryMerge {
  const conflicts: TStoryConflict[] = [];
  const texts = {} as Record<TTextField, TMergePiece[]>;
  for (const field of ['title', 'chapo', 'body'] as const) {
    const pieces = mergeText(
      normalise(field, base[field]),
      normalise(field, mine[field]),
      normalise(field, theirs[field]),
      TEXT_MODES[field],
    );
    texts[field] = pieces;
    conflictsOf(pieces).forEach((piece, index) => conflicts.push({ key: `${field}:${index}`, kind: 'text', field, piece }));
  }
  const image = mergeValue(imageOf(base), imageOf(mine), imageOf(theirs), sameImage);
  if (image.kind === 'conflict') conflicts.push({ key: 'image', kind: 'image', field: 'image', mine: image.mine, theirs: image.theirs });
  const imageValue = image.kind === 'merged' ? image.value : imageOf(mine);

  const value = <K extends TValueField>(field: K, text: (f: TFields) => string): string => {
    const merged = mergeValue(text(base), text(mine), text(theirs));
    if (merged.kind === 'merged') return merged.value;
    conflicts.push({ key: field, kind: 'value', field, mine: merged.mine, theirs: merged.theirs });
    return merged.mine;
  };
  const values: Omit<TFields, TTextField> = {
    rubriqueId: value('rubriqueId', (f) => f.rubriqueId),
    slug: value('slug', (f) => f.slug.trim()),
    placement: value('placement', (f) => f.placement) as Placement,
    scheduledAt: value('scheduledAt', (f) => f.scheduledAt),
    related: mergeList(base.related, mine.related, theirs.related),
    relatedInline: value('relatedInline', (f) => String(f.relatedInline)) === 'true',
    ...imageValue,
  };

  const theirChanges: string[] = [];
  for (const field of ['title', 'chapo', 'body'] as const)
    if (normalise(field, base[field]) !== normalise(field, theirs[field])) theirChanges.push(FIELD_LABELS[field]);
  if (!sameImage(imageOf(base), imageOf(theirs))) theirChanges.push(FIELD_LABELS.image);
  for (const field of ['rubriqueId', 'slug', 'placement', 'scheduledAt'] as const)
    if (String(base[field]).trim() !== String(theirs[field]).trim()) theirChanges.push(FIELD_LABELS[field]);
  if (base.related.join('\n') !== theirs.related.join('\n') || base.relatedInline !== theirs.relatedInline)
    theirChanges.push(FIELD_LABELS.related);

  return { texts, values, conflicts, theirChanges };
}

/** The form's fields once every conflict has a choice; null while one has none. */
export function resolveStory(merge: TStoryMerge, choices: Readonly<Record<string, TChoice | undefined>>): TFields | null {
  const fields = { ...merge.values } as TFields;
  for (const field of ['title', 'chapo', 'body'] as const) {
    const keys = merge.conflicts.filter((c) => c.kind === 'text' && c.field === field).map((c) => choices[c.key]);
    const text = joinMerged(merge.texts[field], keys, TEXT_MODES[field]);
    if (text === null) return null;
    fields[field] = text;
  }
  for (const conflict of merge.conflicts) {
    if (conflict.kind === 'text') continue;
    const choice = choices[conflict.key];
    if (!choice) return null;
    // Pictures and values: one or the other (« both » and a hand-edited value mean mine).
    const take = choice.take === 'theirs' ? 'theirs' : 'mine';
    if (conflict.kind === 'image') Object.assign(fields, conflict[take]);
    else if (conflict.field === 'relatedInline') fields.relatedInline = conflict[take] === 'true';
    else if (conflict.field === 'placement') fields.placement = conflict[take] as Placement;
    else fields[conflict.field] = conflict[take];
  }
  return fields;
}

/** « le texte et l’image principale » */
export function listFrench(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}
