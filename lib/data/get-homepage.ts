import 'server-only';
import { keyFor, noteKeys } from '../cache/keys';
import { db } from '../db';
import { findRubriques, type TRubrique } from './find-rubriques';
import { cardSelect, newestFirst, publishedWhere, toCard, type TArticleCard } from './published';

export type THomepage = {
  lead: TArticleCard | null;
  top: TArticleCard[];
  latest: TArticleCard[];
  sections: { rubrique: TRubrique; articles: TArticleCard[] }[];
};

const TOP_COUNT = 4;
const LATEST_COUNT = 6;
const PER_RUBRIQUE = 4;

/**
 * Manchettes: the lead (the newest story an editor placed as LEAD, else the newest story), the top
 * stories (placed TOP, else the next newest), the latest, and the latest of each rubrique.
 * Each list is one indexed query bounded by `take`, so the page costs the same at any archive size.
 */
export async function getHomepage(): Promise<THomepage> {
  noteKeys(keyFor.home);
  const [leadRow, topRows, latestRows, rubriques] = await Promise.all([
    db().article.findFirst({ where: { ...publishedWhere, placement: 'LEAD' }, orderBy: newestFirst, select: cardSelect }),
    db().article.findMany({ where: { ...publishedWhere, placement: 'TOP' }, orderBy: newestFirst, take: TOP_COUNT + 1, select: cardSelect }),
    db().article.findMany({ where: publishedWhere, orderBy: newestFirst, take: LATEST_COUNT + TOP_COUNT + 1, select: cardSelect }),
    findRubriques(),
  ]);

  const latestCards = latestRows.map(toCard);
  const lead = leadRow ? toCard(leadRow) : (latestCards[0] ?? null);
  const shown = new Set(lead ? [lead.id] : []);
  const take = (cards: TArticleCard[], count: number) => {
    const picked = cards.filter((card) => !shown.has(card.id)).slice(0, count);
    picked.forEach((card) => shown.add(card.id));
    return picked;
  };
  const top = take(topRows.map(toCard), TOP_COUNT);
  top.push(...take(latestCards, TOP_COUNT - top.length));
  const latest = take(latestCards, LATEST_COUNT);

  const sections = await Promise.all(
    rubriques.map(async (rubrique) => {
      const rows = await db().article.findMany({
        where: { ...publishedWhere, rubriqueId: rubrique.id },
        orderBy: newestFirst,
        take: PER_RUBRIQUE,
        select: cardSelect,
      });
      return { rubrique, articles: rows.map(toCard) };
    }),
  );

  return { lead, top, latest, sections: sections.filter((section) => section.articles.length > 0) };
}
