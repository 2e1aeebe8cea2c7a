/**
 * « Les plus lus »: reads counted by two instances add up in the database, in one write per batch;
 * ids that are not a published story are dropped; the ranking looks back 24 hours; old hours are
 * pruned; Manchettes and a story's page show the box (a story without itself) and carry the key that
 * purges it; a story's page carries its read beacon.
 */
import { describe, expect, it } from 'vitest';
import { withScratchDatabase } from '../support/scratch-db';
import { createArticle, createRubrique, createUser } from '../support/factories';

const { prisma } = withScratchDatabase();

const HOUR = 60 * 60 * 1000;

async function modules() {
  const reads = await import('../../lib/data/article-reads');
  const { ReadCounter } = await import('../../lib/server/read-counter');
  const { MostReadCache } = await import('../../lib/readers/most-read');
  const { ReaderPages } = await import('../../lib/readers/render');
  const { NavigationCache } = await import('../../lib/readers/navigation');
  const { buildSiteAssets } = await import('../../lib/readers/assets');
  const { collectRenderKeys } = await import('../../lib/cache/keys');
  return { reads, ReadCounter, MostReadCache, ReaderPages, NavigationCache, buildSiteAssets, collectRenderKeys };
}

async function newsroom() {
  const rubrique = await createRubrique(prisma(), { name: 'Société' });
  const author = await createUser(prisma(), { name: 'Awa Ndiaye' });
  const story = (title: string, status?: 'DRAFT') =>
    createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title, status });
  return { rubrique, story };
}

describe('« Les plus lus »', () => {
  it('adds up the reads of two instances in one write each, and keeps only published stories', async () => {
    const { reads, ReadCounter } = await modules();
    const { story } = await newsroom();
    const [first, second, third] = [await story('Le port'), await story('Le budget'), await story('La pluie')];
    const draft = await story('Brouillon', 'DRAFT');
    let writes = 0;
    const write = (counts: ReadonlyMap<string, number>, at: Date) => ((writes += 1), reads.addReads(counts, at));
    const one = new ReadCounter(write);
    const two = new ReadCounter(write);
    for (let i = 0; i < 3; i++) one.note(first.id);
    one.note(second.id);
    for (let i = 0; i < 2; i++) two.note(first.id);
    for (let i = 0; i < 6; i++) two.note(third.id);
    for (let i = 0; i < 9; i++) two.note(draft.id);
    two.note('cinconnu000000000000000000');
    const now = new Date();
    await Promise.all([one.flush(now), two.flush(now)]);
    one.note(second.id);
    await one.flush(now);
    expect(writes).toBe(3);

    const rows = await prisma().articleRead.findMany({ select: { articleId: true, count: true, hour: true } });
    const counts = Object.fromEntries(rows.map((row) => [row.articleId, row.count]));
    expect(counts).toEqual({ [first.id]: 5, [second.id]: 2, [third.id]: 6 });
    expect(rows.every((row) => row.hour.getTime() === Math.floor(now.getTime() / HOUR) * HOUR)).toBe(true);
    expect(await reads.findMostReadIds(new Date(now.getTime() - 24 * HOUR), 10)).toEqual([third.id, first.id, second.id]);
  });

  it('looks back 24 hours, forgets what is older than two days, and drops a story taken offline', async () => {
    const { reads } = await modules();
    const { story } = await newsroom();
    const [recent, old, offline] = [await story('Récente'), await story('Ancienne'), await story('Retirée')];
    const now = new Date();
    await reads.addReads(new Map([[recent.id, 2]]), now);
    await reads.addReads(new Map([[old.id, 50]]), new Date(now.getTime() - 30 * HOUR));
    await reads.addReads(new Map([[old.id, 1]]), new Date(now.getTime() - 50 * HOUR));
    await reads.addReads(new Map([[offline.id, 80]]), now);
    await prisma().article.update({ where: { id: offline.id }, data: { status: 'DRAFT' } });
    const ranking = await reads.findMostReadIds(new Date(now.getTime() - 24 * HOUR), 10);
    expect(ranking).toContain(recent.id);
    expect(ranking).not.toContain(old.id);
    expect(ranking).not.toContain(offline.id);
    expect(await reads.pruneReads(new Date(now.getTime() - 48 * HOUR))).toBe(1);
    expect(await prisma().articleRead.count({ where: { articleId: old.id } })).toBe(1);
  });

  it('shows the box on Manchettes and at the end of a story (without itself), with its key and the story’s beacon', async () => {
    const { reads, MostReadCache, ReaderPages, NavigationCache, buildSiteAssets, collectRenderKeys } = await modules();
    await prisma().articleRead.deleteMany();
    const { rubrique, story } = await newsroom();
    const stories = [];
    for (const title of ['Un', 'Deux', 'Trois', 'Quatre', 'Cinq', 'Six', 'Sept']) stories.push(await story(`Histoire ${title}`));
    await reads.addReads(new Map(stories.map((s, i) => [s.id, 100 - i])), new Date());
    const mostRead = new MostReadCache(() => 0);
    const pages = new ReaderPages(buildSiteAssets(process.cwd()), new NavigationCache(() => 0), null, null, mostRead);
    const render = (url: string) => collectRenderKeys(() => pages.render(url));
    const boxOf = (html: string) => {
      const box = html.slice(html.indexOf('<section class="most-read"'));
      return [...box.slice(0, box.indexOf('</section>')).matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    };

    const home = await render('/');
    const homeHtml = 'html' in home.result ? home.result.html : '';
    expect(homeHtml).toContain('<h2 id="les-plus-lus" class="section-title">Les plus lus</h2>');
    expect(boxOf(homeHtml)).toEqual(['Histoire Un', 'Histoire Deux', 'Histoire Trois', 'Histoire Quatre', 'Histoire Cinq']);
    expect(home.keys.has('list:most-read')).toBe(true);
    expect(homeHtml).not.toContain('/lu/');

    const page = await render(`/${rubrique.slug}/${stories[1].slug}`);
    const pageHtml = 'html' in page.result ? page.result.html : '';
    expect(boxOf(pageHtml)).toEqual(['Histoire Un', 'Histoire Trois', 'Histoire Quatre', 'Histoire Cinq', 'Histoire Six']);
    expect(pageHtml).toContain(`<img class="read-beacon" src="/lu/${stories[1].id}.gif" alt="" width="1" height="1"/>`);
    expect(page.keys.has('list:most-read')).toBe(true);
    expect(page.keys.has(`article:${stories[5].id}`)).toBe(true);
  });
});
