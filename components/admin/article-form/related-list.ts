/**
 * « À lire aussi »: the ordered list of linked stories and what each action does to it (add, move
 * up or down, remove), with the sentence announced to screen readers and the story the focus
 * should follow. The first story may show inside the text (the « inline » flag at position 0).
 */
import type { TRelatedCandidate } from '@/lib/data/search-related-candidates';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { RELATED_MAX } from '@/lib/validation/article';
import type { TArticleFormRelated } from './types';

export type TChosen = { id: string; title: string; status: ArticleStatus | null; rubrique?: string };
export type TMove = 'up' | 'down' | 'remove';

/** The list after an action, what to announce, and where the focus goes (null id: the search field). */
export type TRelatedChange = { next: TChosen[]; announcement: string; focus?: { id: string | null; move: TMove } };

/** What the form calls a linked story hidden from the person (its title is not theirs to read). */
export const UNAVAILABLE_TITLE = 'Article indisponible';

/** The linked stories as the page opened them. */
export function chosenFromArticle(related: TArticleFormRelated[] | undefined): TChosen[] {
  return related?.map((r) => ({ id: r.id, title: r.title ?? UNAVAILABLE_TITLE, status: r.status })) ?? [];
}

export const isRelatedFull = (chosen: TChosen[]) => chosen.length >= RELATED_MAX;

/** Adds a published story at the end; null when it is already there or the list is full. */
export function addRelated(chosen: TChosen[], candidate: TRelatedCandidate): TRelatedChange | null {
  if (chosen.some((c) => c.id === candidate.id) || isRelatedFull(chosen)) return null;
  return {
    next: [...chosen, { id: candidate.id, title: candidate.title, status: 'PUBLISHED', rubrique: candidate.rubrique }],
    announcement: `«\u00a0${candidate.title}\u00a0» ajouté en position ${chosen.length + 1}.`,
  };
}

/**
 * Moves the story at `index` up or down, or removes it (the focus then goes to its neighbour, or to
 * the search field when none is left); null when it cannot move that way.
 */
export function moveRelated(chosen: TChosen[], index: number, direction: TMove): TRelatedChange | null {
  const item = chosen[index];
  if (!item) return null;
  const next = [...chosen];
  if (direction === 'remove') {
    next.splice(index, 1);
    const neighbour = next[index] ?? next[index - 1];
    return { next, announcement: `«\u00a0${item.title}\u00a0» retiré.`, focus: { id: neighbour?.id ?? null, move: 'remove' } };
  }
  const to = direction === 'up' ? index - 1 : index + 1;
  if (to < 0 || to >= chosen.length) return null;
  next.splice(index, 1);
  next.splice(to, 0, item);
  return {
    next,
    announcement: `«\u00a0${item.title}\u00a0» déplacé en position ${to + 1} sur ${next.length}.`,
    focus: { id: item.id, move: direction },
  };
}

/** Whether the first story shows inside the text: only when there is one. */
export const showsInline = (related: readonly unknown[], inline: boolean) => related.length > 0 && inline;
