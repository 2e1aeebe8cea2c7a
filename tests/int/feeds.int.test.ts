import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { withScratchDatabase } from '../support/scratch-db';
import { addUpdate, createArticle, createRubrique, createUser } from '../support/factories';
import { child, childrenNamed, parseXml } from '../support/mini-xml';

const { prisma } = withScratchDatabase();
const hoursAgo = (h: number, from = Date.now()) => new Date(from - h * 3_600_000);

// The scratch database is shared by the tests of this file: each test reads only what it created
// (its own rubrique) or compares with the whole table as it stands.

describe('feeds (lib/data/find-feed-articles) on a real PostgreSQL', () => {
  it('lists only published stories of the rubrique, newest first, with what an item needs', async () => {
    const { findFeedArticles } = await import('../../lib/data/find-feed-articles');
    const rubrique = await createRubrique(prisma());
    const other = await createRubrique(prisma());
    const author = await createUser(prisma(), { name: 'Awa Ndiaye' });
    const old = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: hoursAgo(10) });
    const recent = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: hoursAgo(1) });
    await createArticle(prisma(), { rubriqueId: other.id, authorId: author.id, publishedAt: hoursAgo(2) });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'DRAFT', title: 'Brouillon secret' });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'IN_REVIEW' });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'SCHEDULED', publishedAt: null });
    // Unpublished after a first publication: publishedAt stays, the story must not.
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'DRAFT', publishedAt: hoursAgo(3) });
    const correctedAt = hoursAgo(0.5);
    await addUpdate(prisma(), old.id, 'CORRECTION', 'Le montant était erroné.', correctedAt);

    const items = await findFeedArticles({ rubriqueId: rubrique.id });
    expect(items.map((a) => a.id)).toEqual([recent.id, old.id]);
    expect(items[0]).toMatchObject({
      title: recent.title,
      chapo: recent.chapo,
      href: `/${rubrique.slug}/${recent.slug}`,
      author: { name: 'Awa Ndiaye' },
      lastUpdatedAt: null,
    });
    expect(items[1].lastUpdatedAt?.getTime()).toBe(correctedAt.getTime());
    expect(items[1].publishedAt.getTime()).toBe(old.publishedAt?.getTime());
  });

  it('bounds the feed to the 30 newest, ties broken by id, across rubriques for the Manchettes feed', async () => {
    const { FEED_SIZE, findFeedArticles } = await import('../../lib/data/find-feed-articles');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const sameTime = hoursAgo(0.1);
    for (let i = 0; i < FEED_SIZE + 5; i += 1)
      await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: sameTime });

    const own = await findFeedArticles({ rubriqueId: rubrique.id });
    expect(own).toHaveLength(FEED_SIZE);
    expect(await findFeedArticles({ rubriqueId: rubrique.id, take: 500 })).toHaveLength(FEED_SIZE);

    const all = await findFeedArticles();
    const expected = await prisma().article.findMany({
      where: { status: 'PUBLISHED', publishedAt: { not: null } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: FEED_SIZE,
      select: { id: true },
    });
    expect(all.map((a) => a.id)).toEqual(expected.map((a) => a.id));
  });
});

describe('lives in the feeds (lib/data/find-feed-live-entries) on a real PostgreSQL', () => {
  it('carries a running live and its 10 newest entries that are not withdrawn, as items that parse', async () => {
    const { FEED_LIVE_ENTRIES, findFeedLives } = await import('../../lib/data/find-feed-live-entries');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma(), { name: 'Fatou Sarr' });
    const editor = await createUser(prisma(), { name: 'Awa Ndiaye', role: 'EDITOR' });
    const live = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      publishedAt: hoursAgo(3),
      title: 'Le TER roule jusqu’à l’aéroport',
    });
    await prisma().article.update({ where: { id: live.id }, data: { liveStartedAt: hoursAgo(3) } });
    const closed = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: hoursAgo(30) });
    await prisma().article.update({ where: { id: closed.id }, data: { liveStartedAt: hoursAgo(30), liveEndedAt: hoursAgo(28) } });
    const draft = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      status: 'DRAFT',
      publishedAt: hoursAgo(2),
    });
    await prisma().article.update({ where: { id: draft.id }, data: { liveStartedAt: hoursAgo(2) } });
    const plain = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: hoursAgo(1) });

    const entries: { id: string; createdAt: Date }[] = [];
    for (let i = 0; i < 14; i += 1) {
      entries.push(
        await prisma().liveEntry.create({
          data: {
            articleId: live.id,
            authorId: i % 2 ? author.id : editor.id,
            body: `**Entrée ${i}.** Les voyageurs & les *agents* attendent <le train>.`,
            createdAt: hoursAgo(2 - i * 0.1),
          },
        }),
      );
    }
    // The newest is withdrawn (and so leaves the feed); the closed live and the draft have entries too.
    await prisma().liveEntry.update({ where: { id: entries[13].id }, data: { withdrawnAt: new Date(), withdrawnById: editor.id } });
    await prisma().liveEntry.update({ where: { id: entries[12].id }, data: { editedAt: hoursAgo(0.01) } });
    await prisma().liveEntry.create({
      data: { articleId: closed.id, authorId: author.id, body: 'Fin du match.', createdAt: hoursAgo(28.5) },
    });
    await prisma().liveEntry.create({ data: { articleId: draft.id, authorId: author.id, body: 'Secret.', createdAt: hoursAgo(1.5) } });

    const lives = await findFeedLives({ rubriqueId: rubrique.id });
    expect(lives.map((l) => l.articleId)).toEqual([live.id]);
    expect(lives[0].href).toBe(`/${rubrique.slug}/${live.slug}`);
    expect(lives[0].entries.map((e) => e.id)).toEqual(
      entries
        .slice(0, 13)
        .reverse()
        .slice(0, FEED_LIVE_ENTRIES)
        .map((e) => e.id),
    );
    expect(lives[0].entries[0].authorName).toBe('Awa Ndiaye');
    expect(lives[0].entries[1].authorName).toBe('Fatou Sarr');

    // Through the rubrique's feed route: it parses, the live is marked, its entries are items of their own.
    const { GET } = await import('../../app/[rubrique]/rss.xml/route');
    const response = await GET(new Request(`http://localhost/${rubrique.slug}/rss.xml`), {
      params: Promise.resolve({ rubrique: rubrique.slug }),
    });
    expect(response.status).toBe(200);
    const items = childrenNamed(child(parseXml(await response.text()), 'channel'), 'item');
    expect(items).toHaveLength(3 + FEED_LIVE_ENTRIES);
    const byLink = new Map(items.map((item) => [child(item, 'link').text, item]));
    const liveItem = [...byLink.entries()].find(([link]) => link.endsWith(`/${rubrique.slug}/${live.slug}`))?.[1];
    expect(liveItem && child(liveItem, 'title').text).toBe('En direct — Le TER roule jusqu’à l’aéroport');
    // The live was modified by its newest entry that is public.
    expect(liveItem && new Date(child(liveItem, 'atom:updated').text).getTime()).toBe(entries[12].createdAt.getTime());
    const closedItem = [...byLink.entries()].find(([link]) => link.endsWith(`/${closed.slug}`))?.[1];
    expect(closedItem && child(closedItem, 'title').text.startsWith('En direct')).toBe(false);
    const plainItem = [...byLink.entries()].find(([link]) => link.endsWith(`/${plain.slug}`))?.[1];
    expect(plainItem && child(plainItem, 'title').text).toBe(plain.title);

    const newest = entries[12];
    const entryItem = [...byLink.entries()].find(([link]) => link.endsWith(`#entree-${newest.id}`))?.[1];
    if (!entryItem) throw new Error('entrée absente du flux');
    const link = child(entryItem, 'link').text;
    expect(link).toMatch(new RegExp(`^https?://[^/]+/${rubrique.slug}/${live.slug}#entree-${newest.id}$`));
    expect(child(entryItem, 'guid').text).toBe(link);
    expect(child(entryItem, 'guid').attrs.isPermaLink).toBe('true');
    expect(child(entryItem, 'title').text).toMatch(/^Le TER roule jusqu’à l’aéroport — \d{1,2}\u00a0h\u00a0\d{2}$/);
    expect(child(entryItem, 'description').text).toBe('Entrée 12. Les voyageurs & les agents attendent <le train>.');
    expect(child(entryItem, 'dc:creator').text).toBe('Awa Ndiaye');
    expect(new Date(child(entryItem, 'pubDate').text).getTime()).toBe(Math.floor(newest.createdAt.getTime() / 1000) * 1000);
    expect(items.some((item) => child(item, 'link').text.endsWith(`#entree-${entries[13].id}`))).toBe(false);
    expect(items.some((item) => child(item, 'description').text === 'Secret.')).toBe(false);
    // Newest first.
    const dates = items.map((item) => new Date(child(item, 'pubDate').text).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('sitemaps (lib/data/find-sitemap-entries) on a real PostgreSQL', () => {
  it('walks every published story exactly once with keyset pages, oldest first, even with equal dates', async () => {
    const { findSitemapArticles } = await import('../../lib/data/find-sitemap-entries');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const sameTime = hoursAgo(200);
    for (let i = 0; i < 5; i += 1) await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: sameTime });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'DRAFT' });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'DRAFT', publishedAt: hoursAgo(150) });

    const published = await prisma().article.findMany({
      where: { status: 'PUBLISHED', publishedAt: { not: null } },
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
      select: { slug: true, rubrique: { select: { slug: true } } },
    });
    const expected = published.map((a) => `/${a.rubrique.slug}/${a.slug}`);

    const take = 3;
    const walked: string[] = [];
    let page = await findSitemapArticles({ take });
    walked.push(...page.articles.map((a) => a.path));
    while (page.next) {
      expect(page.articles).toHaveLength(take);
      page = await findSitemapArticles({ from: page.next, take });
      walked.push(...page.articles.map((a) => a.path));
    }
    expect(walked).toEqual(expected);
  });

  it('lists the UTC days that have stories, and each day’s stories, nothing else', async () => {
    const { findSitemapArticlesOfDay, findSitemapDays } = await import('../../lib/data/find-sitemap-entries');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    // Days long ago, so that no other test's stories share them.
    const at = (iso: string) => new Date(iso);
    const a1 = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: at('2001-03-04T00:00:00.000Z') });
    const a2 = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: at('2001-03-04T23:59:59.999Z') });
    const b1 = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: at('2001-03-09T12:00:00.000Z') });
    await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      status: 'DRAFT',
      publishedAt: at('2001-03-06T12:00:00.000Z'),
    });
    await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      status: 'DRAFT',
      publishedAt: at('2001-03-04T12:00:00.000Z'),
      title: 'Brouillon',
    });

    // A « mise à jour » of the day's first story, weeks later, is the day file's lastmod.
    await prisma().article.update({ where: { id: a1.id }, data: { lastUpdatedAt: at('2001-04-01T08:00:00.000Z') } });
    const found = await findSitemapDays();
    const days = found.map((d) => d.day.toISOString());
    expect(days.filter((d) => d.startsWith('2001-'))).toEqual(['2001-03-04T00:00:00.000Z', '2001-03-09T00:00:00.000Z']);
    expect(found.filter((d) => d.day.getUTCFullYear() === 2001).map((d) => d.lastmod.toISOString())).toEqual([
      '2001-04-01T08:00:00.000Z',
      '2001-03-09T12:00:00.000Z',
    ]);
    // Every day that has a published story is listed, once, in order.
    const all = await prisma().article.findMany({
      where: { status: 'PUBLISHED', publishedAt: { not: null } },
      select: { publishedAt: true },
    });
    const expectedDays = [...new Set(all.map((a) => `${a.publishedAt?.toISOString().slice(0, 10)}T00:00:00.000Z`))].sort();
    expect(days).toEqual(expectedDays);

    const path = (a: { slug: string }) => `/${rubrique.slug}/${a.slug}`;
    expect((await findSitemapArticlesOfDay(at('2001-03-04T00:00:00.000Z'))).map((a) => a.path)).toEqual([path(a1), path(a2)]);
    expect((await findSitemapArticlesOfDay(at('2001-03-09T00:00:00.000Z'))).map((a) => a.path)).toEqual([path(b1)]);
    expect(await findSitemapArticlesOfDay(at('2001-03-06T00:00:00.000Z'))).toEqual([]);
  });

  it('dates each story by its latest public update, else its publication (a silent edit moves nothing)', async () => {
    const { findSitemapArticles } = await import('../../lib/data/find-sitemap-entries');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const publishedAt = hoursAgo(300);
    const updated = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt });
    const plain = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: hoursAgo(299) });
    const latestUpdate = hoursAgo(5);
    await addUpdate(prisma(), updated.id, 'MISE_A_JOUR', 'Ajout des résultats.', hoursAgo(20));
    await addUpdate(prisma(), updated.id, 'PRECISION', 'Précision sur le lieu.', latestUpdate);
    // A silent fix: the row changes (updatedAt moves), the public date does not.
    await prisma().article.update({ where: { id: plain.id }, data: { body: 'Coquille corrigée.' } });

    const all = [];
    let page = await findSitemapArticles({ take: 2 });
    all.push(...page.articles);
    while (page.next) {
      page = await findSitemapArticles({ from: page.next, take: 2 });
      all.push(...page.articles);
    }
    const byPath = new Map(all.map((a) => [a.path, a.lastmod.getTime()]));
    expect(byPath.get(`/${rubrique.slug}/${updated.slug}`)).toBe(latestUpdate.getTime());
    expect(byPath.get(`/${rubrique.slug}/${plain.slug}`)).toBe(plain.publishedAt?.getTime());
  });

  it('lists rubriques and the authors with published stories (a journalist who left included), dated by their newest publication', async () => {
    const { findSitemapPages } = await import('../../lib/data/find-sitemap-entries');
    const rubrique = await createRubrique(prisma());
    const empty = await createRubrique(prisma());
    const writer = await createUser(prisma());
    const draftsOnly = await createUser(prisma());
    const gone = await createUser(prisma(), { active: false });
    const newest = hoursAgo(0.01);
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: writer.id, publishedAt: hoursAgo(30) });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: writer.id, publishedAt: newest });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: writer.id, status: 'DRAFT', publishedAt: new Date() });
    await createArticle(prisma(), { rubriqueId: empty.id, authorId: draftsOnly.id, status: 'DRAFT' });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: gone.id, publishedAt: hoursAgo(40) });

    const pages = await findSitemapPages();
    expect(pages.rubriques.find((r) => r.slug === rubrique.slug)?.lastmod?.getTime()).toBe(newest.getTime());
    expect(pages.rubriques.find((r) => r.slug === empty.slug)).toEqual({ slug: empty.slug, lastmod: null });
    expect(pages.authors.find((a) => a.slug === writer.slug)?.lastmod.getTime()).toBe(newest.getTime());
    expect(pages.authors.some((a) => a.slug === draftsOnly.slug)).toBe(false);
    // Their stories are still online, and so is their page: it is in the sitemap.
    expect(pages.authors.some((a) => a.slug === gone.slug)).toBe(true);
    const latest = await prisma().article.aggregate({ where: { status: 'PUBLISHED' }, _max: { publishedAt: true } });
    expect(pages.latest?.getTime()).toBe(latest._max.publishedAt?.getTime());
  });

  it('keeps to the last 48 hours for Google News, newest first, published only', async () => {
    const { findNewsSitemapArticles } = await import('../../lib/data/find-sitemap-entries');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    // A fixed "now" in the future, so that no other test's stories fall in the window.
    const now = new Date(Date.now() + 1000 * 3_600_000);
    const inside = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      publishedAt: hoursAgo(47.9, now.getTime()),
      title: 'Dans la fenêtre',
    });
    const edge = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: hoursAgo(48, now.getTime()) });
    const newest = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: hoursAgo(1, now.getTime()) });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: hoursAgo(48.1, now.getTime()) });
    await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      status: 'DRAFT',
      publishedAt: hoursAgo(2, now.getTime()),
    });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: new Date(now.getTime() + 60_000) });

    // One of them has a picture: the sitemap names its JPEG (Google's image extension).
    const { storeImage } = await import('../../lib/data/images');
    const picture = await storeImage(
      author,
      await sharp({ create: { width: 1300, height: 700, channels: 3, background: '#357' } })
        .jpeg()
        .toBuffer(),
    );
    await prisma().article.update({ where: { id: inside.id }, data: { imageId: picture.id, imageAlt: 'Une image.' } });

    const news = await findNewsSitemapArticles(now);
    expect(news.map((a) => a.path)).toEqual([newest, inside, edge].map((a) => `/${rubrique.slug}/${a.slug}`));
    expect(news[1]).toEqual({
      path: `/${rubrique.slug}/${inside.slug}`,
      title: 'Dans la fenêtre',
      publishedAt: inside.publishedAt,
      imagePath: `/medias/${picture.id}-1200.jpg`,
    });
    expect(news[0].imagePath).toBeNull();
  });
});
