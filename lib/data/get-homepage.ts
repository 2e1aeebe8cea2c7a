import 'server-only';
import { keyFor, noteKeys } from '../cache/keys';
import { fillFront, FRONT_LATEST_COUNT, FRONT_TOP_COUNT } from '../content/front-page';
import { Prisma } from '../generated/prisma/client';
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
  pick: 'lead' | 'ordered' | 'top' | 'latest' | 'section';
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
  liveStartedAt: Date | null;
  liveEndedAt: Date | null;
};

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
    liveStartedAt: row.liveStartedAt,
    liveEndedAt: row.liveEndedAt,
  });
}

/** An arrangement not yet published (« La une »'s preview): these stories in these places. */
export type THomepageOverride = { lead: string | null; top: string[]; cleared: string[] };

/**
 * Manchettes: the lead (the story an editor placed as LEAD, else the newest story), the top stories
 * (placed TOP: those arranged in « La une » in their order, then the newest placed, then the newest),
 * the latest, and the latest of each of `rubriques` (the navigation the page already read, in its
 * order). The slots are filled by `fillFront` (lib/content/front-page.ts), as the newsroom's screen does.
 *
 * One statement: five picks, each walking an index and bounded by its limit (so the page costs the
 * same at any archive size), then the cards' columns for the forty-odd stories picked. One round trip
 * and one result to map instead of five: the home is the page most often rendered after a purge.
 *
 * `override` (the newsroom's preview) puts the given stories in the lead and top slots instead, and
 * leaves out of them the ones the arrangement takes off the front page.
 */
export async function getHomepage(rubriques: TRubrique[], override?: THomepageOverride): Promise<THomepage> {
  const client = await readDb();
  noteKeys(keyFor.home);
  const published = Prisma.sql`a.status = 'PUBLISHED' AND a."publishedAt" IS NOT NULL`;
  const leadPick = override
    ? Prisma.sql`(SELECT 'lead' AS pick, a.id FROM "Article" a WHERE ${published} AND a.id = ${override.lead ?? ''})`
    : Prisma.sql`(SELECT 'lead' AS pick, a.id FROM "Article" a
        WHERE ${published} AND a.placement = 'LEAD'
        ORDER BY a."publishedAt" DESC, a.id DESC LIMIT 1)`;
  const placedIds = override ? [...override.top, ...override.cleared, ...(override.lead ? [override.lead] : [])] : [];
  const orderedPick = override
    ? Prisma.sql`(SELECT 'ordered', a.id FROM "Article" a WHERE ${published} AND a.id = ANY(${override.top}))`
    : // A partial index holds the few arranged stories (migration front_position_index).
      Prisma.sql`(SELECT 'ordered', a.id FROM "Article" a
        WHERE ${published} AND a.placement = 'TOP' AND a."frontPosition" IS NOT NULL
        ORDER BY a."frontPosition" LIMIT ${FRONT_TOP_COUNT})`;
  const rows = await client.$queryRaw<(TPickRow & { frontPosition: number | null })[]>`
    WITH picks AS (
      ${leadPick}
      UNION ALL
      ${orderedPick}
      UNION ALL
      (SELECT 'top', a.id FROM "Article" a
        WHERE ${published} AND a.placement = 'TOP' AND a."frontPosition" IS NULL AND NOT (a.id = ANY(${placedIds}))
        ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${FRONT_TOP_COUNT + 1})
      UNION ALL
      (SELECT 'latest', a.id FROM "Article" a
        WHERE ${published}
        ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${FRONT_LATEST_COUNT + FRONT_TOP_COUNT + 2})
      UNION ALL
      -- The latest of every rubrique: a LATERAL subquery per rubrique walks its (rubriqueId, status,
      -- publishedAt) index and stops after PER_RUBRIQUE rows.
      (SELECT 'section', s.id FROM "Rubrique" r CROSS JOIN LATERAL (
        SELECT a.id FROM "Article" a
        WHERE a."rubriqueId" = r.id AND ${published}
        ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${PER_RUBRIQUE}) s)
    )
    SELECT p.pick, a.id, a.slug, a.title, a.chapo, a."publishedAt", a."lastUpdatedAt", a."rubriqueId", a."frontPosition",
           r.slug AS "rubriqueSlug", r.name AS "rubriqueName", u.slug AS "authorSlug", u.name AS "authorName",
           a."imageAlt", a."liveStartedAt", a."liveEndedAt", i.id AS "imageId", i.width AS "imageWidth", i.height AS "imageHeight"
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
  const of = (pick: TPickRow['pick']) => rows.filter((row) => row.pick === pick);
  const orderedRows = of('ordered').sort((a, b) =>
    override ? override.top.indexOf(a.id) - override.top.indexOf(b.id) : (a.frontPosition ?? 0) - (b.frontPosition ?? 0),
  );
  const { lead, top, latest } = fillFront({
    lead: of('lead').map(card)[0] ?? null,
    top: [...orderedRows, ...of('top')].map(card),
    latest: of('latest').map(card),
  });

  const sectionRows = rows.filter((row) => row.pick === 'section');
  const sections = rubriques.map((rubrique) => ({
    rubrique,
    articles: sectionRows.filter((row) => row.rubriqueId === rubrique.id).map(card),
  }));
  return { lead, top, latest, sections: sections.filter((section) => section.articles.length > 0) };
}
