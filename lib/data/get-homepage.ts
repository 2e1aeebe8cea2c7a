import 'server-only';
import { keyFor, noteKeys } from '../cache/keys';
import { readDb } from '../db';
import type { TRubrique } from './query-rubriques';
import { cardSelect, newestFirst, publishedWhere, toCard, type TArticleCard } from './published';

export type THomepage = {
  lead: TArticleCard | null;
  top: TArticleCard[];
  latest: TArticleCard[];
  sections: { rubrique: TRubrique; articles: TArticleCard[] }[];
};

type TSectionRow = {
  id: string;
  slug: string;
  title: string;
  chapo: string;
  publishedAt: Date;
  lastUpdatedAt: Date | null;
  rubriqueId: string;
  rubriqueSlug: string;
  rubriqueName: string;
  authorSlug: string;
  authorName: string;
  imageAlt: string;
  imageId: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
};

const TOP_COUNT = 4;
const LATEST_COUNT = 6;
const PER_RUBRIQUE = 4;

/**
 * Manchettes: the lead (the newest story an editor placed as LEAD, else the newest story), the top
 * stories (placed TOP, else the next newest), the latest, and the latest of each of `rubriques` (the
 * navigation the page already read, in its order).
 * Four statements in all, each walking an index and bounded by its limit, so the page costs the same
 * at any archive size.
 */
export async function getHomepage(rubriques: TRubrique[]): Promise<THomepage> {
  const client = await readDb();
  noteKeys(keyFor.home);
  // The latest of every rubrique in one statement: a LATERAL subquery per rubrique walks its
  // (rubriqueId, status, publishedAt) index and stops after PER_RUBRIQUE rows.
  const sectionsQuery = client.$queryRaw<TSectionRow[]>`
    SELECT a.id, a.slug, a.title, a.chapo, a."publishedAt", a."lastUpdatedAt", a."rubriqueId",
           r.slug AS "rubriqueSlug", r.name AS "rubriqueName", u.slug AS "authorSlug", u.name AS "authorName",
           a."imageAlt", i.id AS "imageId", i.width AS "imageWidth", i.height AS "imageHeight"
    FROM "Rubrique" r
    CROSS JOIN LATERAL (
      SELECT a.id, a.slug, a.title, a.chapo, a."publishedAt", a."lastUpdatedAt", a."rubriqueId", a."authorId", a."imageId", a."imageAlt"
      FROM "Article" a
      WHERE a."rubriqueId" = r.id AND a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL
      ORDER BY a."publishedAt" DESC, a.id DESC
      LIMIT ${PER_RUBRIQUE}
    ) a
    JOIN "User" u ON u.id = a."authorId"
    LEFT JOIN "Image" i ON i.id = a."imageId"
    ORDER BY r.position ASC, r.name ASC, a."publishedAt" DESC, a.id DESC`;
  const [leadRow, topRows, latestRows, sectionRows] = await Promise.all([
    client.article.findFirst({ where: { ...publishedWhere, placement: 'LEAD' }, orderBy: newestFirst, select: cardSelect }),
    client.article.findMany({
      where: { ...publishedWhere, placement: 'TOP' },
      orderBy: newestFirst,
      take: TOP_COUNT + 1,
      select: cardSelect,
    }),
    client.article.findMany({ where: publishedWhere, orderBy: newestFirst, take: LATEST_COUNT + TOP_COUNT + 1, select: cardSelect }),
    sectionsQuery,
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

  const sections = rubriques.map((rubrique) => ({
    rubrique,
    articles: sectionRows
      .filter((row) => row.rubriqueId === rubrique.id)
      .map((row) =>
        toCard({
          id: row.id,
          slug: row.slug,
          title: row.title,
          chapo: row.chapo,
          publishedAt: row.publishedAt,
          lastUpdatedAt: row.lastUpdatedAt,
          rubrique: { slug: row.rubriqueSlug, name: row.rubriqueName },
          author: { slug: row.authorSlug, name: row.authorName },
          imageAlt: row.imageAlt,
          image:
            row.imageId && row.imageWidth && row.imageHeight ? { id: row.imageId, width: row.imageWidth, height: row.imageHeight } : null,
        }),
      ),
  }));

  return { lead, top, latest, sections: sections.filter((section) => section.articles.length > 0) };
}
