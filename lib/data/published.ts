import 'server-only';
import { keyFor, noteKeys } from '../cache/keys';
import type { Prisma } from '../generated/prisma/client';

/** The one "public" condition: every public read, « À lire aussi » included, goes through it. */
export const publishedWhere = { status: 'PUBLISHED', publishedAt: { not: null } } as const satisfies Prisma.ArticleWhereInput;

/** Newest first, with the id as a tie-breaker so pages never repeat or skip a story. */
export const newestFirst = [{ publishedAt: 'desc' }, { id: 'desc' }] as const satisfies Prisma.ArticleOrderByWithRelationInput[];

export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  chapo: true,
  publishedAt: true,
  lastUpdatedAt: true,
  rubrique: { select: { slug: true, name: true } },
  author: { select: { slug: true, name: true } },
  imageAlt: true,
  image: { select: { id: true, width: true, height: true } },
  liveStartedAt: true,
  liveEndedAt: true,
} as const satisfies Prisma.ArticleSelect;

type TCardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

/** What a story's card needs: plain values, no Prisma row. */
export type TArticleCard = {
  id: string;
  slug: string;
  title: string;
  chapo: string;
  href: string;
  publishedAt: Date;
  lastUpdatedAt: Date | null;
  rubrique: { slug: string; name: string };
  author: { slug: string; name: string };
  /** The story's main picture, when it has one (its caption and credit are on the story's page only). */
  image: TCardImage | null;
  /** « En direct »: a live page running, or one that has ended; null for a story. */
  live: TLiveState;
};

export type TLiveState = 'running' | 'ended' | null;

export function liveState(row: { liveStartedAt: Date | null; liveEndedAt: Date | null }): TLiveState {
  if (!row.liveStartedAt) return null;
  return row.liveEndedAt ? 'ended' : 'running';
}

export type TCardImage = { id: string; width: number; height: number; alt: string };

export function articleHref(rubriqueSlug: string, slug: string): string {
  return `/${rubriqueSlug}/${slug}`;
}

export function toCard(row: TCardRow): TArticleCard {
  noteKeys(keyFor.article(row.id));
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    chapo: row.chapo,
    href: articleHref(row.rubrique.slug, row.slug),
    // publishedWhere guarantees it; the fallback only satisfies the type.
    publishedAt: row.publishedAt ?? new Date(0),
    lastUpdatedAt: row.lastUpdatedAt,
    rubrique: row.rubrique,
    author: row.author,
    image: row.image ? { ...row.image, alt: row.imageAlt } : null,
    live: liveState(row),
  };
}
