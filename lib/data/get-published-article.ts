import 'server-only';
import { cache } from 'react';
import type { Prisma, UpdateKind } from '../generated/prisma/client';
import { keyFor, noteKeys } from '../cache/keys';
import { redact } from '../content/redact';
import { db, readDb } from '../db';
import type { TStoryImage } from '../media/urls';
import { articleHref, cardSelect, publishedWhere, toCard, type TArticleCard } from './published';

export type TRelatedLink = {
  title: string;
  href: string;
  rubriqueName: string;
  inline: boolean;
  /** The time of the linked story's latest correction: the link says it was corrected. */
  correctedAt: Date | null;
};
export type TPublicUpdate = { id: string; kind: UpdateKind; note: string; createdAt: Date };

export type TArticlePage = TArticleCard & {
  body: string;
  /** The main picture with its caption and credit (as typed; either may be empty). */
  image: TStoryImage | null;
  author: { slug: string; name: string; bio: string };
  related: TRelatedLink[];
  /** Newest first. */
  updates: TPublicUpdate[];
  /** « En direct »: when it was opened and closed (both null for a story). */
  liveStartedAt: Date | null;
  liveEndedAt: Date | null;
};

const articlePageSelect = {
  ...cardSelect,
  // With its focal point: the page's structured data names its crops (lib/media/urls.ts `shapeImage`).
  image: { select: { id: true, width: true, height: true, focusX: true, focusY: true } },
  body: true,
  imageCaption: true,
  imageCredit: true,
  author: { select: { slug: true, name: true, bio: true } },
  related: {
    // Only published targets: a link to a draft or an unpublished story is never shown.
    where: { target: publishedWhere },
    orderBy: { position: 'asc' },
    select: {
      inline: true,
      target: {
        select: {
          id: true,
          slug: true,
          title: true,
          rubrique: { select: { slug: true, name: true } },
          updates: { where: { kind: 'CORRECTION' }, orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true } },
        },
      },
    },
  },
  updates: { orderBy: { createdAt: 'desc' }, select: { id: true, kind: true, note: true, createdAt: true } },
  // Legal redactions: masked from the update notes (the story's own text is the newsroom's to change).
  legalRedactions: { select: { passage: true } },
} as const satisfies Prisma.ArticleSelect;

type TArticlePageRow = Prisma.ArticleGetPayload<{ select: typeof articlePageSelect }>;

/** A published story by its current slug, with its live « À lire aussi » links and public update log. */
export const getPublishedArticle = cache(async function getPublishedArticle(slug: string): Promise<TArticlePage | null> {
  const row = await (await readDb()).article.findFirst({ where: { ...publishedWhere, slug }, select: articlePageSelect });
  return row ? toArticlePage(row) : null;
});

/**
 * Any story, whatever its status, shaped exactly like the public page: the newsroom's preview.
 * The caller checks that the user may edit it; an unpublished story shows "now" as its date.
 */
export async function getArticlePreview(id: string): Promise<TArticlePage | null> {
  const row = await db().article.findUnique({ where: { id }, select: articlePageSelect });
  return row ? { ...toArticlePage(row), publishedAt: row.publishedAt ?? new Date() } : null;
}

function toArticlePage(row: TArticlePageRow): TArticlePage {
  const passages = row.legalRedactions.map((r) => r.passage);
  // The page shows its related stories' titles: it must be purged when one of them changes.
  noteKeys(...row.related.map((link) => keyFor.article(link.target.id)));
  return {
    ...toCard(row),
    body: row.body,
    image: row.image ? { ...row.image, alt: row.imageAlt, caption: row.imageCaption, credit: row.imageCredit } : null,
    author: row.author,
    related: row.related.map((link, index) => ({
      title: link.target.title,
      href: articleHref(link.target.rubrique.slug, link.target.slug),
      rubriqueName: link.target.rubrique.name,
      // The inline place belongs to the first live link, if the editor chose to show it inline.
      inline: index === 0 && link.inline,
      correctedAt: link.target.updates[0]?.createdAt ?? null,
    })),
    updates: row.updates.map((update) => ({ ...update, note: redact(update.note, passages) })),
    liveStartedAt: row.liveStartedAt,
    liveEndedAt: row.liveEndedAt,
  };
}
