import 'server-only';
import { keyFor, noteKeys } from '../cache/keys';
import type { Prisma } from '../generated/prisma/client';
import type { UpdateKind } from '../generated/prisma/enums';
import { redact } from '../content/redact';
import { readDb } from '../db';
import { articleHref, publishedWhere } from './published';

export const UPDATES_PAGE_SIZE = 20;
export const UPDATES_MAX_PAGE = 500;

/** One public entry as « Mises à jour et corrections » and its feed list it. */
export type TPublicUpdateItem = {
  id: string;
  kind: UpdateKind;
  note: string;
  createdAt: Date;
  story: { id: string; title: string; href: string; rubrique: { slug: string; name: string } };
};

/**
 * Every public update entry of the site (stories online only), newest first, optionally of one kind
 * or one rubrique. `hasNext` tells whether another page follows.
 */
export async function findPublicUpdates(filter: {
  kind?: UpdateKind;
  rubriqueId?: string;
  page: number;
  pageSize?: number;
}): Promise<{ items: TPublicUpdateItem[]; hasNext: boolean }> {
  const size = filter.pageSize ?? UPDATES_PAGE_SIZE;
  noteKeys(keyFor.updates);
  const where: Prisma.ArticleUpdateWhereInput = {
    ...(filter.kind ? { kind: filter.kind } : {}),
    article: { ...publishedWhere, ...(filter.rubriqueId ? { rubriqueId: filter.rubriqueId } : {}) },
  };
  const rows = await (
    await readDb()
  ).articleUpdate.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (filter.page - 1) * size,
    take: size + 1,
    select: {
      id: true,
      kind: true,
      note: true,
      createdAt: true,
      article: {
        select: {
          id: true,
          title: true,
          slug: true,
          rubrique: { select: { slug: true, name: true } },
          legalRedactions: { select: { passage: true } },
        },
      },
    },
  });
  const items = rows.slice(0, size).map((row) => {
    // The list shows the story's title and address: it goes when the story changes.
    noteKeys(keyFor.article(row.article.id));
    return {
      id: row.id,
      kind: row.kind,
      note: redact(
        row.note,
        row.article.legalRedactions.map((r) => r.passage),
      ),
      createdAt: row.createdAt,
      story: {
        id: row.article.id,
        title: row.article.title,
        href: articleHref(row.article.rubrique.slug, row.article.slug),
        rubrique: row.article.rubrique,
      },
    };
  });
  return { items, hasNext: rows.length > size };
}

/** The time of the newest public entry (the sitemap's date for /mises-a-jour), null without any. */
export async function latestPublicUpdateAt(): Promise<Date | null> {
  const row = await (
    await readDb()
  ).articleUpdate.findFirst({ where: { article: publishedWhere }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
  return row?.createdAt ?? null;
}
