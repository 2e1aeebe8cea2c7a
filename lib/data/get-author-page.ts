import 'server-only';
import { cache } from 'react';
import { keyFor, noteKeys } from '../cache/keys';
import { readDb } from '../db';
import { cardSelect, newestFirst, publishedWhere, toCard, type TArticleCard } from './published';

export const AUTHOR_PAGE_SIZE = 12;
export const AUTHOR_MAX_PAGE = 200;

export type TAuthorPage = {
  author: { slug: string; name: string; bio: string };
  articles: TArticleCard[];
  page: number;
  hasNext: boolean;
};

/**
 * An author's public page: name, bio and published stories. Null for an unknown author, and for a
 * deactivated account with nothing published. A journalist who left keeps the page while stories
 * signed by them are online: every byline links to it.
 */
export const getAuthorPage = cache(async function getAuthorPage(slug: string, page: number): Promise<TAuthorPage | null> {
  const client = await readDb();
  const author = await client.user.findFirst({
    where: { slug, OR: [{ active: true }, { articles: { some: publishedWhere } }] },
    select: { id: true, slug: true, name: true, bio: true },
  });
  if (!author) return null;
  noteKeys(keyFor.authorList(author.id));
  const rows = await client.article.findMany({
    where: { ...publishedWhere, authorId: author.id },
    orderBy: newestFirst,
    skip: (page - 1) * AUTHOR_PAGE_SIZE,
    take: AUTHOR_PAGE_SIZE + 1,
    select: cardSelect,
  });
  return {
    author: { slug: author.slug, name: author.name, bio: author.bio },
    articles: rows.slice(0, AUTHOR_PAGE_SIZE).map(toCard),
    page,
    hasNext: rows.length > AUTHOR_PAGE_SIZE && page < AUTHOR_MAX_PAGE,
  };
});
