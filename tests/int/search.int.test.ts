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
    for (const raw of ['élections zorblatique', 'election zorblatique', 'électorale zorblatique', 'ecole zorblatique', 'ÉCOLE ZORBLATIQUE']) {
      expect((await search(raw))?.hits.map((h) => h.id), raw).toEqual([story.id]);
    }
    const demoElectoral = await prisma().article.findFirstOrThrow({ where: { status: 'PUBLISHED', body: { contains: 'électoral' } }, select: { id: true } });
    const all = [...((await search('élections'))?.hits ?? []), ...((await search('élections', { page: 2 }))?.hits ?? []), ...((await search('élections', { page: 3 }))?.hits ?? [])];
    expect(all.map((h) => h.id)).toContain(demoElectoral.id);

    const ete = await prisma().article.findFirstOrThrow({ where: { status: 'PUBLISHED', title: { contains: 'été' } }, select: { title: true } });
    expect((await titles('été'))[0]).toBe(ete.title);

    const ukraine = await prisma().article.findFirstOrThrow({ where: { status: 'PUBLISHED', title: { contains: 'Ukraine' } }, select: { title: true } });
    expect((await titles('l’Ukraine'))[0]).toBe(ukraine.title);
    expect((await titles("l'ukraine"))[0]).toBe(ukraine.title);
  });

  it('does not stem twice (« musée » stays « muse »), and ranks exact stems above prefixes', async () => {
    const museum = await prisma().article.findFirstOrThrow({ where: { status: 'PUBLISHED', title: { contains: 'Musée' } }, select: { title: true } });
    expect(await titles('musée restitution')).toContain(museum.title);
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const prefixOnly = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Électricité à Quorvane', body: 'Électricité, électricité et électriciens à Quorvane.' });
    const exact = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Quorvane vote', body: 'Les élections à Quorvane.' });
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
    const newest = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Vrombissement au port ce matin', body: 'Le vrombissement a réveillé le quartier.' });
    const results = await search('vrombissement');
    expect(results?.capped).toBe(true);
    expect(results?.total).toBe(SEARCH_CANDIDATES);
    // The newest story with the word in its title comes first; the oldest one is beyond the newest 500.
    expect(results?.hits[0]?.id).toBe(newest.id);
    const everyPage = [];
    for (let page = 1; page <= SEARCH_CANDIDATES / 10; page += 1) everyPage.push(...((await search('vrombissement', { page }))?.hits ?? []));
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
    const inBody = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Une histoire de quartier', body: 'On y parle du xylophoniste <script>alert(1)</script> du quartier.' });
    const inTitle = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Le xylophoniste de Ngor', body: 'Texte sans rapport.' });
    const results = await search('xylophoniste');
    expect(results?.hits.map((h) => h.id)).toEqual([inTitle.id, inBody.id]);
    const extract = results?.hits[1].extractHtml ?? '';
    expect(extract).toContain('<mark>xylophoniste</mark>');
    expect(extract).not.toContain('<script');
    expect((await search('xylophoniste', { rubriqueId: 'autre' }))?.hits).toEqual([]);
  });

  it('answers absurd and hostile queries without error', async () => {
    for (const raw of ["'; DROP TABLE \"Article\"; --", '<script>alert(1)</script>', 'a & b | !c <-> d:*', '\\\\ %% __', 'é'.repeat(10_000), 'élection '.repeat(500)]) {
      const results = await search(raw);
      expect(results === null || Array.isArray(results.hits)).toBe(true);
    }
    expect(await prisma().article.count()).toBeGreaterThan(40);
  });

  it('paginates', async () => {
    const first = await search('Dakar');
    expect(first?.hits.length).toBe(10);
    expect(first?.hasNext).toBe(true);
    const second = await search('Dakar', { page: 2 });
    expect(new Set([...first!.hits, ...second!.hits].map((h) => h.id)).size).toBe(first!.hits.length + second!.hits.length);
  });
});
