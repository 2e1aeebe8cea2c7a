/**
 * « En direct » for readers: a story opened as a live shows its state, « L’essentiel », the pinned
 * entry and its entries newest first (each at its own #entree-… address), everyone who posted in its
 * byline, a LiveBlogPosting, older entries behind « Entrées précédentes », withdrawn entries as a
 * trace (duplicates not at all), and its one script while it runs — allowed by the page's policy alone.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withScratchDatabase } from '../support/scratch-db';
import { createArticle, createRubrique, createUser } from '../support/factories';

const { prisma } = withScratchDatabase();

async function readers() {
  const { ReaderPages } = await import('../../lib/readers/render');
  const { NavigationCache } = await import('../../lib/readers/navigation');
  const { buildSiteAssets } = await import('../../lib/readers/assets');
  const pages = new ReaderPages(buildSiteAssets(process.cwd()), new NavigationCache(() => 0));
  return (url: string) => pages.render(url);
}

const html = (rendered: { status: number } & ({ html: string } | { location: string })) => ('html' in rendered ? rendered.html : '');

async function live(entries: number) {
  const rubrique = await createRubrique(prisma(), { name: 'Société' });
  const author = await createUser(prisma(), { name: 'Awa Ndiaye' });
  const second = await createUser(prisma(), { name: 'Moussa Diop' });
  const story = await createArticle(prisma(), {
    rubriqueId: rubrique.id,
    authorId: author.id,
    title: 'Inondations à Dakar : le point en direct',
  });
  const start = new Date(Date.UTC(2026, 11, 7, 8, 0));
  await prisma().article.update({ where: { id: story.id }, data: { liveStartedAt: start } });
  const ids: string[] = [];
  for (let i = 0; i < entries; i++) {
    const entry = await prisma().liveEntry.create({
      data: {
        articleId: story.id,
        authorId: i % 2 ? second.id : author.id,
        body: `Entrée numéro ${i} : la pluie continue sur **Pikine**.`,
        createdAt: new Date(start.getTime() + i * 60_000),
      },
    });
    ids.push(entry.id);
  }
  return { story, url: `/${rubrique.slug}/${story.slug}`, ids, start };
}

describe('a live page for readers', () => {
  it('names everyone who posted, in the order of their first entry, and not someone whose only entry was withdrawn', async () => {
    const render = await readers();
    const { story, url, start } = await live(2);
    const early = await createUser(prisma(), { name: 'Fatou Sarr' });
    const withdrawnOnly = await createUser(prisma(), { name: 'Ibrahima Fall' });
    await prisma().liveEntry.create({
      data: { articleId: story.id, authorId: early.id, body: 'Première entrée', createdAt: new Date(start.getTime() - 60_000) },
    });
    await prisma().liveEntry.create({
      data: {
        articleId: story.id,
        authorId: withdrawnOnly.id,
        body: 'Retirée',
        createdAt: new Date(start.getTime() + 30_000),
        withdrawnAt: new Date(),
      },
    });
    const page = html(await render(url));
    const byline = page.slice(page.indexOf('Par'), page.indexOf('</p>', page.indexOf('Par')));
    const names = [...byline.matchAll(/rel="author">([^<]+)</g)].map((m) => m[1]);
    expect(names).toEqual(['Awa Ndiaye', 'Fatou Sarr', 'Moussa Diop']);
  });

  it('shows its entries newest first with their addresses, its key points, pinned entry, byline and structured data', async () => {
    const render = await readers();
    const { story, url, ids } = await live(3);
    await prisma().liveEntry.update({ where: { id: ids[0] }, data: { keyPoint: true } });
    await prisma().liveEntry.update({
      where: { id: ids[1] },
      data: { pinnedAt: new Date(), editedAt: new Date(Date.UTC(2026, 11, 7, 9, 10)) },
    });
    const withdrawn = await prisma().liveEntry.create({
      data: {
        articleId: story.id,
        body: 'Chiffre erroné',
        createdAt: new Date(Date.UTC(2026, 11, 7, 8, 30)),
        withdrawnAt: new Date(Date.UTC(2026, 11, 7, 8, 40)),
      },
    });
    const duplicate = await prisma().liveEntry.create({
      data: {
        articleId: story.id,
        body: 'Doublon',
        createdAt: new Date(Date.UTC(2026, 11, 7, 8, 31)),
        withdrawnAt: new Date(),
        duplicate: true,
      },
    });

    const result = await render(url);
    expect(result.status).toBe(200);
    expect('script' in result && result.script).toBe('live');
    const page = html(result);
    // Newest first, each at its own address.
    const order = [withdrawn.id, ids[2], ids[1], ids[0]].map((id) => page.indexOf(`id="entree-${id}"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page).toContain('<span class="live-badge">En direct</span>');
    expect(page).toContain('<h2 id="essentiel">L’essentiel</h2>');
    expect(page).toContain(`<a href="#entree-${ids[0]}">Entrée numéro 0\u00a0: la pluie continue sur Pikine.</a>`);
    expect(page).toContain(`id="epingle-${ids[1]}"`);
    expect(page).toMatch(/Modifiée à <time dateTime="2026-12-07T09:10:00.000Z">10\u00a0h\u00a010<\/time>/);
    expect(page).toMatch(/Entrée retirée à <time[^>]*>9\u00a0h\u00a040<\/time>/);
    expect(page).not.toContain('Chiffre erroné');
    expect(page).not.toContain(duplicate.id);
    expect(page).toMatch(
      /Par(?:<!-- -->)? <span><a href="\/auteurs\/[^"]+" rel="author">Awa Ndiaye<\/a><\/span><span> et <a href="\/auteurs\/[^"]+" rel="author">Moussa Diop<\/a><\/span>/,
    );
    const data = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '{}'));
    const blog = data.find((item) => item['@type'] === 'LiveBlogPosting');
    expect(blog).toMatchObject({
      coverageStartTime: '2026-12-07T08:00:00.000Z',
      headline: 'Inondations à Dakar\u00a0: le point en direct',
    });
    expect(blog.coverageEndTime).toBeUndefined();
    expect(blog.liveBlogUpdate).toHaveLength(3);
    expect(blog.liveBlogUpdate[0]).toMatchObject({ '@type': 'BlogPosting', url: `http://localhost:3000${url}#entree-${ids[2]}` });

    // The page's one script is what its policy allows, by hash.
    const { LIVE_PAGE_CSP } = await import('../../lib/server/responses');
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(LIVE_PAGE_CSP).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  });

  it('puts older entries behind « Entrées précédentes », and once ended says so without a script', async () => {
    const render = await readers();
    const { story, url, ids } = await live(53);
    const first = html(await render(url));
    expect(first).toContain(`id="entree-${ids[52]}"`);
    expect(first).toContain(`id="entree-${ids[3]}"`);
    expect(first).not.toContain(`id="entree-${ids[2]}"`);
    expect(first).toContain(`<a href="${url}?avant=${ids[3]}" rel="next">Entrées précédentes</a>`);
    const older = await render(`${url}?avant=${ids[3]}`);
    expect(older.status).toBe(200);
    expect('script' in older && older.script).toBeFalsy();
    const olderPage = html(older);
    expect(olderPage).toContain(`id="entree-${ids[2]}"`);
    expect(olderPage).toContain(`id="entree-${ids[0]}"`);
    expect(olderPage).not.toContain(`id="entree-${ids[3]}"`);
    expect(olderPage).toContain('<meta name="robots" content="noindex, follow"/>');
    expect((await render(`${url}?avant=inconnu0000000000000000000`)).status).toBe(404);
    expect((await render(`${url}?avant=<script>`)).status).toBe(404);

    await prisma().article.update({ where: { id: story.id }, data: { liveEndedAt: new Date(Date.UTC(2026, 11, 7, 18, 0)) } });
    const ended = await render(url);
    expect('script' in ended && ended.script).toBeFalsy();
    expect(html(ended)).toContain('Ce direct est terminé depuis le');
    expect(html(ended)).not.toContain('<script>');
    expect(html(ended)).toContain('"coverageEndTime":"2026-12-07T18:00:00.000Z"');
  });
});
