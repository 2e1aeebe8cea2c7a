import 'server-only';
import { keyFor, noteKeys } from '../cache/keys';
import { readDb } from '../db';
import { cardSelect, newestFirst, publishedWhere, toCard, type TArticleCard } from './published';

export const RUBRIQUE_PAGE_SIZE = 12;
/** Pages are bounded so that no request asks PostgreSQL to skip more than a few thousand rows. */
export const RUBRIQUE_MAX_PAGE = 200;

export type TRubriquePage = { articles: TArticleCard[]; page: number; hasNext: boolean };

/** A rubrique's published stories, newest first, one page at a time. */
export async function findRubriqueArticles(rubriqueId: string, page: number): Promise<TRubriquePage> {
  noteKeys(keyFor.rubriqueList(rubriqueId));
  const rows = await (
    await readDb()
  ).article.findMany({
    where: { ...publishedWhere, rubriqueId },
    orderBy: newestFirst,
    skip: (page - 1) * RUBRIQUE_PAGE_SIZE,
    take: RUBRIQUE_PAGE_SIZE + 1,
    select: cardSelect,
  });
  return {
    articles: rows.slice(0, RUBRIQUE_PAGE_SIZE).map(toCard),
    page,
    hasNext: rows.length > RUBRIQUE_PAGE_SIZE && page < RUBRIQUE_MAX_PAGE,
  };
}
