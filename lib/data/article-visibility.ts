import 'server-only';
import type { ArticleStatus, Prisma } from '../generated/prisma/client';
import { canSeeAllArticles, type TActor } from '../auth/permissions';

/**
 * Which stories a member of the newsroom may see at all — their title, their status, that they
 * exist: editors every one; a journalist what is published and their own stories (DESIGN.md's roles).
 * As a query condition, for lists and for the ids a form names; as a predicate, for rows already read.
 */
export function visibleArticleWhere(actor: TActor): Prisma.ArticleWhereInput {
  return canSeeAllArticles(actor) ? {} : { OR: [{ status: 'PUBLISHED' }, { authorId: actor.id }] };
}

export function canSeeArticle(actor: TActor, article: { authorId: string; status: ArticleStatus }): boolean {
  return canSeeAllArticles(actor) || article.status === 'PUBLISHED' || article.authorId === actor.id;
}
