import 'server-only';
import { keyFor, noteKeys } from '../cache/keys';
import { readDb } from '../db';
import type { TRubrique } from './query-rubriques';
import { toCard, type TArticleCard } from './published';

export type THomepage = {
  lead: TArticleCard | null;
  top: TArticleCard[];
  latest: TArticleCard[];
  sections: { rubrique: TRubrique; articles: TArticleCard[] }[];
};

/** One story of Manchettes, with where it was picked for (a story may come in several picks). */
type TPickRow = {
  pick: 'lead' | 'top' | 'latest' | 'section';
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

function cardOf(row: TPickRow): TArticleCard {
  return toCard({
    id: row.id,
    slug: row.slug,
    title: row.title,
    chapo: row.chapo,
    publishedAt: row.publishedAt,
    lastUpdatedAt: row.lastUpdatedAt,
    rubrique: { slug: row.rubriqueSlug, name: row.rubriqueName },
    author: { slug: row.authorSlug, name: row.authorName },
    imageAlt: row.imageAlt,
    image: row.imageId && row.imageWidth && row.imageHeight ? { id: row.imageId, width: row.imageWidth, height: row.imageHeight } : null,
  });
}

/**
 * Manchettes: the lead (the newest story an editor placed as LEAD, else the newest story), the top
 * stories (placed TOP, else the next newest), the latest, and the latest of each of `rubriques` (the
 * navigation the page already read, in its order).
 *
 * One statement: four picks, each walking an index and bounded by its limit (so the page costs the
 * same at any archive size), then the cards' columns for the forty-odd stories picked. One round trip
 * and one result to map instead of four: the home is the page most often rendered after a purge.
 */
export async function getHomepage(rubriques: TRubrique[]): Promise<THomepage> {
  const client = await readDb();
  noteKeys(keyFor.home);
  const rows = await client.$queryRaw<TPickRow[]>`
    WITH picks AS (
      (SELECT 'lead' AS pick, a.id FROM "Article" a
        WHERE a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL AND a.placement = 'LEAD'
        ORDER BY a."publishedAt" DESC, a.id DESC LIMIT 1)
      UNION ALL
      (SELECT 'top', a.id FROM "Article" a
        WHERE a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL AND a.placement = 'TOP'
        ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${TOP_COUNT + 1})
      UNION ALL
      (SELECT 'latest', a.id FROM "Article" a
        WHERE a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL
        ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${LATEST_COUNT + TOP_COUNT + 1})
      UNION ALL
      -- The latest of every rubrique: a LATERAL subquery per rubrique walks its (rubriqueId, status,
      -- publishedAt) index and stops after PER_RUBRIQUE rows.
      (SELECT 'section', s.id FROM "Rubrique" r CROSS JOIN LATERAL (
        SELECT a.id FROM "Article" a
        WHERE a."rubriqueId" = r.id AND a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL
        ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${PER_RUBRIQUE}) s)
    )
    SELECT p.pick, a.id, a.slug, a.title, a.chapo, a."publishedAt", a."lastUpdatedAt", a."rubriqueId",
           r.slug AS "rubriqueSlug", r.name AS "rubriqueName", u.slug AS "authorSlug", u.name AS "authorName",
           a."imageAlt", i.id AS "imageId", i.width AS "imageWidth", i.height AS "imageHeight"
    FROM picks p
    JOIN "Article" a ON a.id = p.id
    JOIN "Rubrique" r ON r.id = a."rubriqueId"
    JOIN "User" u ON u.id = a."authorId"
    LEFT JOIN "Image" i ON i.id = a."imageId"
    ORDER BY a."publishedAt" DESC, a.id DESC`;

  const cards = new Map<string, TArticleCard>();
  const card = (row: TPickRow) => {
    const known = cards.get(row.id);
    if (known) return known;
    const made = cardOf(row);
    cards.set(row.id, made);
    return made;
  };
  const of = (pick: TPickRow['pick']) => rows.filter((row) => row.pick === pick).map(card);
  const latestCards = of('latest');
  const lead = of('lead')[0] ?? latestCards[0] ?? null;
  const shown = new Set(lead ? [lead.id] : []);
  const take = (list: TArticleCard[], count: number) => {
    const picked = list.filter((item) => !shown.has(item.id)).slice(0, count);
    picked.forEach((item) => shown.add(item.id));
    return picked;
  };
  const top = take(of('top'), TOP_COUNT);
  top.push(...take(latestCards, TOP_COUNT - top.length));
  const latest = take(latestCards, LATEST_COUNT);

  const sectionRows = rows.filter((row) => row.pick === 'section');
  const sections = rubriques.map((rubrique) => ({
    rubrique,
    articles: sectionRows.filter((row) => row.rubriqueId === rubrique.id).map(card),
  }));
  return { lead, top, latest, sections: sections.filter((section) => section.articles.length > 0) };
}
