import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoNewsroom } from '../../prisma/seed';
import { createArticle, createRubrique, createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();

async function search(raw: string, options: { rubriqueId?: string; page?: number } = {}) {
  const { buildSearchQuery } = await import('../../lib/search/query');
  const { searchArticles } = await import('../../lib/data/search-articles');
  const query = buildSearchQuery(raw);
  if (!query) return null;
  return searchArticles(query, { page: options.page ?? 1, rubriqueId: options.rubriqueId });
}

const titles = async (raw: string) => (await search(raw))?.hits.map((h) => h.title) ?? [];

describe('French full-text search on PostgreSQL', () => {
  beforeAll(async () => {
    await seedDemoNewsroom(prisma());
  });

  it('stems, ignores accents, keeps « été », and handles elisions', async () => {
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const story = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      title: 'Le code zorblatique en débat',
      body: 'Le calendrier électoral zorblatique divise. Une école zorblatique ouvrira.',
    });
    for (const raw of [
      'élections zorblatique',
      'election zorblatique',
      'électorale zorblatique',
      'ecole zorblatique',
      'ÉCOLE ZORBLATIQUE',
    ]) {
      expect(
        (await search(raw))?.hits.map((h) => h.id),
        raw,
      ).toEqual([story.id]);
    }
    const demoElectoral = await prisma().article.findFirstOrThrow({
      where: { status: 'PUBLISHED', body: { contains: 'électoral' } },
      select: { id: true },
    });
    const all = [
      ...((await search('élections'))?.hits ?? []),
      ...((await search('élections', { page: 2 }))?.hits ?? []),
      ...((await search('élections', { page: 3 }))?.hits ?? []),
    ];
    expect(all.map((h) => h.id)).toContain(demoElectoral.id);

    const ete = await prisma().article.findFirstOrThrow({
      where: { status: 'PUBLISHED', title: { contains: 'été' } },
      select: { title: true },
    });
    expect((await titles('été'))[0]).toBe(ete.title);

    const ukraine = await prisma().article.findFirstOrThrow({
      where: { status: 'PUBLISHED', title: { contains: 'Ukraine' } },
      select: { title: true },
    });
    expect((await titles('l’Ukraine'))[0]).toBe(ukraine.title);
    expect((await titles("l'ukraine"))[0]).toBe(ukraine.title);
  });

  it('does not stem twice (« musée » stays « muse »), and ranks exact stems above prefixes', async () => {
    const museum = await prisma().article.findFirstOrThrow({
      where: { status: 'PUBLISHED', title: { contains: 'Musée' } },
      select: { title: true },
    });
    expect(await titles('musée restitution')).toContain(museum.title);
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const prefixOnly = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      title: 'Électricité à Quorvane',
      body: 'Électricité, électricité et électriciens à Quorvane.',
    });
    const exact = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      title: 'Quorvane vote',
      body: 'Les élections à Quorvane.',
    });
    expect((await search('élections Quorvane'))?.hits.map((h) => h.id)).toEqual([exact.id, prefixOnly.id]);
  });

  it('ranks among the newest matches when a word is everywhere, and says the count is capped', async () => {
    const { SEARCH_CANDIDATES } = await import('../../lib/data/search-articles');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const day = 24 * 3600 * 1000;
    const base = Date.now() - 3000 * day;
    // SEARCH_CANDIDATES + 100 stories mention « vrombissement » in their body; the oldest of all has it in its title.
    await prisma().article.createMany({
      data: Array.from({ length: SEARCH_CANDIDATES + 100 }, (_, i) => ({
        slug: `vrombissement-${i}`,
        title: i === 0 ? 'Le vrombissement des pirogues' : `Chronique portuaire numéro ${i}`,
        chapo: 'Chapô.',
        body: `Au port, un vrombissement continu (${i}).`,
        status: 'PUBLISHED' as const,
        rubriqueId: rubrique.id,
        authorId: author.id,
        publishedAt: new Date(base + i * day),
      })),
    });
    const newest = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      title: 'Vrombissement au port ce matin',
      body: 'Le vrombissement a réveillé le quartier.',
    });
    const results = await search('vrombissement');
    expect(results?.capped).toBe(true);
    expect(results?.total).toBe(SEARCH_CANDIDATES);
    // The newest story with the word in its title comes first; the oldest one is beyond the newest 500.
    expect(results?.hits[0]?.id).toBe(newest.id);
    const everyPage = [];
    for (let page = 1; page <= SEARCH_CANDIDATES / 10; page += 1)
      everyPage.push(...((await search('vrombissement', { page }))?.hits ?? []));
    expect(everyPage).toHaveLength(SEARCH_CANDIDATES);
    expect(everyPage.map((h) => h.title)).not.toContain('Le vrombissement des pirogues');
  });

  it('never finds drafts', async () => {
    const draft = await prisma().article.findFirstOrThrow({ where: { status: 'DRAFT' }, select: { title: true } });
    const word = draft.title.split(/\s+/).find((w) => w.length > 6) ?? draft.title;
    expect(await titles(word)).not.toContain(draft.title);
  });

  it('ranks a title match above a body match, and highlights safely', async () => {
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const inBody = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      title: 'Une histoire de quartier',
      body: 'On y parle du xylophoniste <script>alert(1)</script> du quartier.',
    });
    const inTitle = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      title: 'Le xylophoniste de Ngor',
      body: 'Texte sans rapport.',
    });
    const results = await search('xylophoniste');
    expect(results?.hits.map((h) => h.id)).toEqual([inTitle.id, inBody.id]);
    const extract = results?.hits[1].extractHtml ?? '';
    expect(extract).toContain('<mark>xylophoniste</mark>');
    expect(extract).not.toContain('<script');
    expect((await search('xylophoniste', { rubriqueId: 'autre' }))?.hits).toEqual([]);
  });

  it('answers absurd and hostile queries without error', async () => {
    for (const raw of [
      '\'; DROP TABLE "Article"; --',
      '<script>alert(1)</script>',
      'a & b | !c <-> d:*',
      '\\\\ %% __',
      'é'.repeat(10_000),
      'élection '.repeat(500),
    ]) {
      const results = await search(raw);
      expect(results === null || Array.isArray(results.hits)).toBe(true);
    }
    expect(await prisma().article.count()).toBeGreaterThan(40);
  });

  it('answers queries of many hyphenated, plain or long words with results, never an error (issue #18, 14)', async () => {
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const story = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      title: 'Le sud-ouest de Zinguichor',
      body: 'Pluies au sud-ouest de Zinguichor.',
    });
    // 28 and more parts joined by hyphens: each is a lexeme of its own, and PostgreSQL used to
    // multiply 28 tiny word frequencies into an underflow (22003).
    const pieces = Array.from(
      { length: 40 },
      (_, i) => `mo${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    const hyphenated = [
      pieces.join('-'),
      pieces.slice(0, 28).join('-'),
      Array.from({ length: 28 }, (_, i) => `${pieces[i]}-${pieces[i + 1]}`).join(' '),
      `zinguichor ${pieces.join('-')}`,
      `sud-ouest-${pieces.join('-')}`,
      pieces.join('’'),
    ];
    for (const raw of hyphenated) {
      const results = await search(raw);
      expect(results === null || Array.isArray(results.hits), raw.slice(0, 40)).toBe(true);
    }
    // The ranking's arithmetic holds whatever the number of terms, bound or not.
    const { searchArticles } = await import('../../lib/data/search-articles');
    const unbounded = await searchArticles({ text: pieces.join('-'), words: [pieces.join('-'), ...pieces], limited: false }, { page: 1 });
    expect(unbounded.hits).toEqual([]);
    // Words beyond the bound are dropped, the first ones still find the story.
    expect((await search(`zinguichor ${pieces.join('-')}`))?.hits.map((h) => h.id)).toEqual([story.id]);
    // Many plain words, and long words.
    for (const raw of [
      pieces.join(' '),
      'zinguichor '.repeat(60),
      'z'.repeat(199),
      `zinguichor ${'a'.repeat(190)}`,
      Array.from({ length: 8 }, () => 'x'.repeat(24)).join(' '),
    ]) {
      const results = await search(raw);
      expect(results === null || Array.isArray(results.hits), raw.slice(0, 40)).toBe(true);
    }
  });

  it('paginates', async () => {
    const first = await search('Dakar');
    expect(first?.hits.length).toBe(10);
    expect(first?.hasNext).toBe(true);
    const second = await search('Dakar', { page: 2 });
    expect(new Set([...first!.hits, ...second!.hits].map((h) => h.id)).size).toBe(first!.hits.length + second!.hits.length);
    // Past the last page: no story, but the count of those that match, as on page 1.
    const past = await search('Dakar', { page: 50 });
    expect(past).toMatchObject({ hits: [], page: 50, hasNext: false, total: first!.total, capped: first!.capped });
  });
});

describe('Search finds the newest matches year by year', () => {
  const YEARS = 6;
  const PER_YEAR = 120;
  let rubriqueId = '';

  beforeAll(async () => {
    const rubrique = await createRubrique(prisma());
    const other = await createRubrique(prisma());
    const author = await createUser(prisma());
    rubriqueId = rubrique.id;
    const thisYear = new Date().getUTCFullYear();
    // PER_YEAR stories a year for YEARS years mention « pangolinerie »; one in ten also in their
    // title (ranking has something to order); half are in another rubrique; the newest year is the
    // current one.
    await prisma().article.createMany({
      data: Array.from({ length: YEARS * PER_YEAR }, (_, i) => {
        const year = thisYear - Math.floor(i / PER_YEAR);
        return {
          slug: `pangolinerie-${i}`,
          title: i % 10 === 0 ? `La pangolinerie numéro ${i}` : `Chronique forestière ${i}`,
          chapo: 'Chapô.',
          body: `Dans la forêt, une pangolinerie ${i % 3 === 0 ? 'pangolinesque' : 'discrète'} (${i}).`,
          status: 'PUBLISHED' as const,
          rubriqueId: i % 2 === 0 ? rubrique.id : other.id,
          authorId: author.id,
          publishedAt: new Date(Date.UTC(year, 0, 1) + (i % PER_YEAR) * 3600 * 1000),
        };
      }),
    });
  });

  async function both(raw: string, options: { page?: number; rubriqueId?: string } = {}) {
    const { buildSearchQuery } = await import('../../lib/search/query');
    const { searchArticles } = await import('../../lib/data/search-articles');
    const query = buildSearchQuery(raw)!;
    const run = (strategy: 'walk' | 'years') =>
      searchArticles(query, { page: options.page ?? 1, rubriqueId: options.rubriqueId, strategy });
    return { walk: await run('walk'), years: await run('years') };
  }

  it('gives exactly the stories, order, count and pages of a walk through the dates', async () => {
    for (const page of [1, 2, 17, 50]) {
      const { walk, years } = await both('pangolinerie', { page });
      expect(walk.total).toBe(500);
      expect(
        years.hits.map((h) => h.id),
        `page ${page}`,
      ).toEqual(walk.hits.map((h) => h.id));
      expect([years.total, years.hasNext, years.capped]).toEqual([walk.total, walk.hasNext, walk.capped]);
    }
    const filtered = await both('pangolinerie', { rubriqueId, page: 2 });
    // The walk finds fewer than 500 in this rubrique: the year-by-year search answers instead.
    expect([filtered.walk.total, filtered.years.total]).toEqual([(YEARS * PER_YEAR) / 2, (YEARS * PER_YEAR) / 2]);
    expect(filtered.years.hits.map((h) => h.id)).toEqual(filtered.walk.hits.map((h) => h.id));
    // Two words, across the years: « pangolinesque » is in one story in three.
    const two = await both('pangolinerie pangolinesque', { page: 3 });
    expect(two.years.total).toBe(240);
    expect(two.years.hits.map((h) => h.id)).toEqual(two.walk.hits.map((h) => h.id));
    // A prefix (widened) query, year by year too: « pangolin » only matches as a prefix.
    const widened = await both('pangolin');
    expect(widened.years.total).toBe(500);
    expect(widened.years.hits.map((h) => h.id)).toEqual(widened.walk.hits.map((h) => h.id));
  });

  it('reads only the years it needs, through the per-year index', async () => {
    const { candidatesSql } = await import('../../lib/data/search-articles');
    await prisma().$executeRaw`ANALYZE "Article"`;
    const [{ lexeme }] = await prisma().$queryRaw<
      { lexeme: string }[]
    >`SELECT lexeme FROM unnest(to_tsvector('french_unaccent', 'pangolinerie')) AS t(lexeme)`;
    const sql = candidatesSql({ exact: `'{y}:${lexeme}'`, match: `'{y}:${lexeme}'`, strategy: 'years' }, undefined);
    const [{ 'QUERY PLAN': plan }] = await prisma().$queryRaw<
      { 'QUERY PLAN': unknown }[]
    >`EXPLAIN (ANALYZE, FORMAT JSON) WITH c AS (${sql}) SELECT count(*) FROM c`;
    const nodes: { 'Node Type': string; 'Function Name'?: string; 'Index Name'?: string; 'Actual Rows': number }[] = [];
    const walk = (node: Record<string, unknown>) => {
      nodes.push(node as (typeof nodes)[number]);
      for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    walk((plan as { Plan: Record<string, unknown> }[])[0].Plan);
    expect(nodes.some((n) => n['Index Name'] === 'Article_search_keys_idx')).toBe(true);
    // 500 candidates at PER_YEAR a year: five years read, the sixth never.
    const years = nodes.find((n) => n['Node Type'] === 'Function Scan' && n['Function Name'] === 'generate_series');
    expect(years?.['Actual Rows']).toBe(Math.ceil(500 / PER_YEAR));
  });
});
