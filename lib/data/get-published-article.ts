import 'server-only';
import type { UpdateKind } from '../generated/prisma/client';
import { db } from '../db';
import { articleHref, cardSelect, publishedWhere, toCard, type TArticleCard } from './published';

export type TRelatedLink = { title: string; href: string; rubriqueName: string; inline: boolean };
export type TPublicUpdate = { kind: UpdateKind; note: string; createdAt: Date };

export type TArticlePage = TArticleCard & {
  body: string;
  author: { slug: string; name: string; bio: string };
  related: TRelatedLink[];
  /** Newest first. */
  updates: TPublicUpdate[];
};

/** A published story by its current slug, with its live « À lire aussi » links and public update log. */
export async function getPublishedArticle(slug: string): Promise<TArticlePage | null> {
  const row = await db().article.findFirst({
    where: { ...publishedWhere, slug },
    select: {
      ...cardSelect,
      body: true,
      author: { select: { slug: true, name: true, bio: true } },
      related: {
        // Only published targets: a link to a draft or an unpublished story is never shown.
        where: { target: publishedWhere },
        orderBy: { position: 'asc' },
        select: { inline: true, target: { select: { slug: true, title: true, rubrique: { select: { slug: true, name: true } } } } },
      },
      updates: { orderBy: { createdAt: 'desc' }, select: { kind: true, note: true, createdAt: true } },
    },
  });
  if (!row) return null;
  return {
    ...toCard(row),
    body: row.body,
    author: row.author,
    related: row.related.map((link, index) => ({
      title: link.target.title,
      href: articleHref(link.target.rubrique.slug, link.target.slug),
      rubriqueName: link.target.rubrique.name,
      // The inline place belongs to the first live link, if the editor chose to show it inline.
      inline: index === 0 && link.inline,
    })),
    updates: row.updates,
  };
}
