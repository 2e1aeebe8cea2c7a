import 'server-only';
import { cache } from 'react';
import { Prisma } from '../generated/prisma/client';
import { keyFor, noteKeys } from '../cache/keys';
import { readDb } from '../db';
import { articleHref } from './published';

/** Bylines on « La rédaction »: a newsroom has tens of them, a large one a few hundred. */
export const AUTHORS_PAGE_SIZE = 60;
export const AUTHORS_MAX_PAGE = 50;
const AUTHORS_READ_LIMIT = AUTHORS_PAGE_SIZE * AUTHORS_MAX_PAGE;

export type TAuthorEntry = {
  slug: string;
  name: string;
  bio: string;
  latest: { title: string; href: string; publishedAt: Date };
};

export type TAuthorsPage = { authors: TAuthorEntry[]; page: number; total: number; pages: number };

type TRow = {
  id: string;
  slug: string;
  name: string;
  bio: string;
  articleId: string;
  title: string;
  articleSlug: string;
  rubriqueSlug: string;
  publishedAt: Date;
};

const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * « La rédaction » (/auteurs): everyone who signs a story online, in alphabetical order, with their
 * presentation and their latest story. The same rule as the author pages: a journalist who left is
 * listed while a story signed by them is online; an account with nothing published is not.
 *
 * One index probe per author on ("authorId", status, "publishedAt" DESC): the cost follows the number
 * of bylines, never the number of stories. Keys: `list:authors`, purged by every change of who is
 * listed or of what is said of them (a story published or unpublished, a new name or presentation),
 * and the latest stories shown (a new title).
 */
export const findAuthors = cache(async function findAuthors(page: number): Promise<TAuthorsPage> {
  const rows = await (
    await readDb()
  ).$queryRaw<TRow[]>(Prisma.sql`
    SELECT u.id, u.slug, u.name, u.bio, latest.id AS "articleId", latest.title, latest.slug AS "articleSlug", r.slug AS "rubriqueSlug", latest."publishedAt"
    FROM "User" u
    CROSS JOIN LATERAL (
      SELECT a.id, a.title, a.slug, a."rubriqueId", a."publishedAt" FROM "Article" a
      WHERE a."authorId" = u.id AND a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL
      ORDER BY a."publishedAt" DESC, a.id DESC
      LIMIT 1
    ) latest
    JOIN "Rubrique" r ON r.id = latest."rubriqueId"
    ORDER BY u.name, u.id
    LIMIT ${AUTHORS_READ_LIMIT}`);
  noteKeys(keyFor.authors);
  // French order (« Élodie » between « Daouda » and « Fatou »), which the database's collation may not know.
  const sorted = rows.sort((a, b) => byName.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
  const pages = Math.max(1, Math.ceil(sorted.length / AUTHORS_PAGE_SIZE));
  const shown = sorted.slice((page - 1) * AUTHORS_PAGE_SIZE, page * AUTHORS_PAGE_SIZE);
  for (const row of shown) noteKeys(keyFor.article(row.articleId));
  return {
    authors: shown.map((row) => ({
      slug: row.slug,
      name: row.name,
      bio: row.bio,
      latest: { title: row.title, href: articleHref(row.rubriqueSlug, row.articleSlug), publishedAt: row.publishedAt },
    })),
    page,
    total: sorted.length,
    pages,
  };
});
