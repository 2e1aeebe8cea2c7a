/**
 * The story editor's fields as one plain object: what the page opened with, what was last saved,
 * and whether two states are the same story (the « Modifications non enregistrées » flag).
 */
import type { Placement } from '@/lib/generated/prisma/enums';
import { showsInline } from './related-list';
import { scheduleInputValue } from './schedule';
import type { TArticleFormArticle, TConflict } from './types';

export type TFields = {
  title: string;
  chapo: string;
  body: string;
  rubriqueId: string;
  slug: string;
  placement: Placement;
  related: string[];
  relatedInline: boolean;
  scheduledAt: string;
  imageId: string;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
};

/** The fields of the story as the page opened it (empty for a new story). */
export function initialFields(article: TArticleFormArticle | undefined): TFields {
  return {
    title: article?.title ?? '',
    chapo: article?.chapo ?? '',
    body: article?.body ?? '',
    rubriqueId: article?.rubriqueId ?? '',
    slug: article?.slug ?? '',
    placement: article?.placement ?? 'NONE',
    related: article?.related.map((r) => r.id) ?? [],
    relatedInline: article?.related[0]?.inline ?? false,
    scheduledAt: scheduleInputValue(article?.scheduledAt ?? null),
    imageId: article?.image?.id ?? '',
    imageAlt: article?.imageAlt ?? '',
    imageCaption: article?.imageCaption ?? '',
    imageCredit: article?.imageCredit ?? '',
  };
}

/** Two states of the form are the same story (as the server would store it). */
export function sameFields(a: TFields, b: TFields): boolean {
  return (
    a.title.trim() === b.title.trim() &&
    a.chapo.trim() === b.chapo.trim() &&
    a.body.replace(/\r\n/g, '\n') === b.body.replace(/\r\n/g, '\n') &&
    a.rubriqueId === b.rubriqueId &&
    a.slug.trim() === b.slug.trim() &&
    a.placement === b.placement &&
    a.related.join('\n') === b.related.join('\n') &&
    showsInline(a.related, a.relatedInline) === showsInline(b.related, b.relatedInline) &&
    a.scheduledAt === b.scheduledAt &&
    a.imageId === b.imageId &&
    // Without a picture, no words about it are kept (the server drops them too).
    (a.imageId === '' ||
      (a.imageAlt.trim() === b.imageAlt.trim() &&
        a.imageCaption.trim() === b.imageCaption.trim() &&
        a.imageCredit.trim() === b.imageCredit.trim()))
  );
}

/** The version someone else saved (sent back with a conflict), as the form's fields. */
export function theirFields(conflict: TConflict): TFields {
  return {
    title: conflict.title,
    chapo: conflict.chapo,
    body: conflict.body,
    rubriqueId: conflict.rubriqueId,
    slug: conflict.slug,
    placement: conflict.placement,
    related: conflict.related.map((r) => r.id),
    relatedInline: conflict.related[0]?.inline ?? false,
    scheduledAt: scheduleInputValue(conflict.scheduledAt),
    imageId: conflict.image?.id ?? '',
    imageAlt: conflict.imageAlt,
    imageCaption: conflict.imageCaption,
    imageCredit: conflict.imageCredit,
  };
}
