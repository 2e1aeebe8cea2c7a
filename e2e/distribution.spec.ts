import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { applyFrenchTypography } from '../lib/french/typography';
import { e2eDb } from './support/db';
import { child, children, parseXmlInBrowser, type TXmlNode } from './support/xml';

const CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';
const published = { status: 'PUBLISHED', publishedAt: { not: null } } as const;

/** The site's address as the server writes it (NEXTAUTH_URL, set by playwright.config.ts). */
const origin = (baseURL: string | undefined) => new URL(baseURL ?? '').origin;

async function fetchXml(
  request: APIRequestContext,
  page: Page,
  path: string,
  contentType: string,
): Promise<{ xml: string; root: TXmlNode }> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toBe(contentType);
  expect(response.headers()['cache-control'], path).toBe(CACHE_CONTROL);
  const xml = await response.text();
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), path).toBe(true);
  return { xml, root: await parseXmlInBrowser(page, xml) };
}

async function expectResolves(request: APIRequestContext, urls: string[]) {
  for (const url of urls) expect((await request.get(url)).status(), url).toBe(200);
}

async function drafts() {
  return e2eDb().article.findMany({ where: { status: { not: 'PUBLISHED' } }, select: { title: true, slug: true } });
}

function expectNoDraft(xml: string, titles: string[], list: { title: string; slug: string }[]) {
  for (const draft of list) {
    expect(titles).not.toContain(draft.title);
    expect(titles).not.toContain(applyFrenchTypography(draft.title));
    expect(xml).not.toContain(`/${draft.slug}<`);
  }
}

test.describe('RSS feeds', () => {
  test('/rss.xml lists the 30 latest published stories, newest first, with absolute links that resolve', async ({
    request,
    page,
    baseURL,
  }) => {
    const site = origin(baseURL);
    const { xml, root } = await fetchXml(request, page, '/rss.xml', 'application/rss+xml; charset=utf-8');
    expect(root.name).toBe('rss');
    expect(root.attrs.version).toBe('2.0');
    const channel = child(root, 'channel');
    expect(child(channel, 'title').text).toBe('Dakarinfo — Manchettes');
    expect(child(channel, 'link').text).toBe(`${site}/`);
    expect(child(channel, 'language').text).toBe('fr-FR');
    expect(child(channel, 'description').text.length).toBeGreaterThan(10);
    expect(new Date(child(channel, 'lastBuildDate').text).getTime()).not.toBeNaN();
    const self = child(channel, 'atom:link');
    expect(self.ns).toBe('http://www.w3.org/2005/Atom');
    expect(self.attrs).toMatchObject({ href: `${site}/rss.xml`, rel: 'self', type: 'application/rss+xml' });

    const expected = await e2eDb().article.findMany({
      where: published,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: 30,
      select: {
        title: true,
        slug: true,
        chapo: true,
        publishedAt: true,
        lastUpdatedAt: true,
        rubrique: { select: { slug: true } },
        author: { select: { name: true } },
        liveStartedAt: true,
        liveEndedAt: true,
      },
    });
    // A running live's newest entries are items of their own, at the live's address #entree-<id>.
    const all = children(channel, 'item');
    const entries = all.filter((i) => child(i, 'link').text.includes('#entree-'));
    const items = all.filter((i) => !entries.includes(i));
    const running = expected.filter((a) => a.liveStartedAt && !a.liveEndedAt);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(10 * Math.max(1, running.length));
    for (const entry of entries) {
      expect(running.map((a) => `${site}/${a.rubrique.slug}/${a.slug}`)).toContain(child(entry, 'link').text.split('#')[0]);
      expect(child(entry, 'guid').text).toBe(child(entry, 'link').text);
    }
    expect(items).toHaveLength(expected.length);
    expect(items.length).toBeGreaterThan(5);
    expect(items.map((i) => child(i, 'link').text)).toEqual(expected.map((a) => `${site}/${a.rubrique.slug}/${a.slug}`));
    expect(items.map((i) => child(i, 'title').text)).toEqual(
      expected.map((a) => `${a.liveStartedAt && !a.liveEndedAt ? 'En direct — ' : ''}${applyFrenchTypography(a.title)}`),
    );
    for (const [index, item] of items.entries()) {
      const story = expected[index];
      expect(child(item, 'guid').attrs.isPermaLink).toBe('true');
      expect(child(item, 'guid').text).toBe(child(item, 'link').text);
      expect(child(item, 'description').text).toBe(applyFrenchTypography(story.chapo));
      expect(child(item, 'dc:creator').text).toBe(story.author.name);
      expect(child(item, 'dc:creator').ns).toBe('http://purl.org/dc/elements/1.1/');
      expect(child(item, 'pubDate').text).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
      expect(new Date(child(item, 'pubDate').text).getTime()).toBe(Math.floor((story.publishedAt?.getTime() ?? 0) / 1000) * 1000);
      // A running live is dated by its newest entry.
      if (!story.liveStartedAt || story.liveEndedAt)
        expect(child(item, 'atom:updated').text).toBe((story.lastUpdatedAt ?? story.publishedAt)?.toISOString());
    }
    expectNoDraft(
      xml,
      items.map((i) => child(i, 'title').text),
      await drafts(),
    );
    await expectResolves(
      request,
      items.slice(0, 3).map((i) => child(i, 'link').text),
    );
  });

  test('/politique/rss.xml lists only Politique, and an unknown rubrique’s feed is a French 404', async ({ request, page, baseURL }) => {
    const site = origin(baseURL);
    const { xml, root } = await fetchXml(request, page, '/politique/rss.xml', 'application/rss+xml; charset=utf-8');
    const channel = child(root, 'channel');
    expect(child(channel, 'title').text).toBe('Dakarinfo — Politique');
    expect(child(channel, 'link').text).toBe(`${site}/politique`);
    expect(child(channel, 'atom:link').attrs.href).toBe(`${site}/politique/rss.xml`);
    const count = await e2eDb().article.count({ where: { ...published, rubrique: { slug: 'politique' } } });
    const items = children(channel, 'item');
    expect(items).toHaveLength(Math.min(30, count));
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) {
      expect(child(item, 'link').text.startsWith(`${site}/politique/`)).toBe(true);
      expect(child(item, 'category').text).toBe('Politique');
    }
    const dates = items.map((i) => new Date(child(i, 'pubDate').text).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expectNoDraft(
      xml,
      items.map((i) => child(i, 'title').text),
      await drafts(),
    );
    await expectResolves(
      request,
      items.slice(0, 2).map((i) => child(i, 'link').text),
    );

    for (const path of ['/rubrique-inconnue/rss.xml', '/Politique/rss.xml']) {
      const missing = await request.get(path);
      expect(missing.status(), path).toBe(404);
      expect(missing.headers()['content-type']).toBe('text/plain; charset=utf-8');
      expect(await missing.text()).toContain('Rubrique introuvable');
    }
  });

  test('Manchettes and rubriques announce their feed', async ({ page, baseURL }) => {
    const site = origin(baseURL);
    await page.goto('/');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${site}/rss.xml`);
    await page.goto('/politique');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${site}/politique/rss.xml`);
  });
});

test.describe('sitemaps and robots.txt', () => {
  test('/sitemap.xml indexes files that list every published story with its public modification date, and the pages', async ({
    request,
    page,
    baseURL,
  }) => {
    const site = origin(baseURL);
    const { root } = await fetchXml(request, page, '/sitemap.xml', 'application/xml; charset=utf-8');
    expect(root.name).toBe('sitemapindex');
    expect(root.ns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const files = children(root, 'sitemap').map((s) => child(s, 'loc').text);
    expect(files).toContain(`${site}/sitemap-pages.xml`);
    const dayFiles = files.filter((f) => f.startsWith(`${site}/sitemap-articles.xml?jour=`));
    expect(dayFiles.length).toBeGreaterThan(1);
    expect(dayFiles.every((f) => /\?jour=\d{4}-\d{2}-\d{2}$/.test(f))).toBe(true);
    expect([...dayFiles].sort()).toEqual(dayFiles);
    expect(files).toHaveLength(dayFiles.length + 1);

    const lastmods = new Map<string, string>();
    let allXml = '';
    for (const file of files) {
      expect(file.startsWith(`${site}/`)).toBe(true);
      const { xml, root: urlset } = await fetchXml(request, page, file, 'application/xml; charset=utf-8');
      expect(urlset.name).toBe('urlset');
      allXml += xml;
      for (const url of children(urlset, 'url')) {
        const loc = child(url, 'loc').text;
        expect(lastmods.has(loc), `${loc} listé deux fois`).toBe(false);
        lastmods.set(loc, children(url, 'lastmod')[0]?.text ?? '');
      }
    }

    const stories = await e2eDb().article.findMany({
      where: published,
      select: { slug: true, publishedAt: true, lastUpdatedAt: true, rubrique: { select: { slug: true } } },
    });
    const storyUrls = stories.map((a) => `${site}/${a.rubrique.slug}/${a.slug}`);
    const rubriques = await e2eDb().rubrique.findMany({ select: { slug: true } });
    const listedStories = [...lastmods.keys()].filter(
      // Two segments, but not an author's page nor the corrections policy (/mises-a-jour/politique).
      (loc) => /^[^/]+\/\/[^/]+\/[a-z0-9-]+\/[a-z0-9-]+$/.test(loc) && !loc.includes('/auteurs/') && !loc.includes('/mises-a-jour/'),
    );
    expect(new Set(listedStories)).toEqual(new Set(storyUrls));
    for (const story of stories) {
      expect(lastmods.get(`${site}/${story.rubrique.slug}/${story.slug}`)).toBe((story.lastUpdatedAt ?? story.publishedAt)?.toISOString());
    }
    expect(lastmods.has(`${site}/`)).toBe(true);
    for (const rubrique of rubriques) expect(lastmods.has(`${site}/${rubrique.slug}`), rubrique.slug).toBe(true);
    const author = await e2eDb().user.findFirstOrThrow({ where: { active: true, articles: { some: published } }, select: { slug: true } });
    expect(lastmods.has(`${site}/auteurs/${author.slug}`)).toBe(true);
    expect(lastmods.has(`${site}/auteurs`)).toBe(true);
    for (const draft of await drafts()) expect(allXml).not.toContain(`/${draft.slug}<`);

    const updated = stories.find((s) => s.lastUpdatedAt);
    const plain = stories.find((s) => !s.lastUpdatedAt);
    expect(updated && plain).toBeTruthy();
    await expectResolves(request, [
      `${site}/`,
      `${site}/${rubriques[0].slug}`,
      `${site}/auteurs/${author.slug}`,
      `${site}/auteurs`,
      `${site}/${updated?.rubrique.slug}/${updated?.slug}`,
      `${site}/${plain?.rubrique.slug}/${plain?.slug}`,
    ]);
    for (const path of [
      '/sitemap-articles.xml',
      '/sitemap-articles.xml?jour=abc',
      '/sitemap-articles.xml?jour=2026-02-30',
      '/sitemap-articles.xml?jour=1999-01-01',
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('/sitemap-news.xml lists the stories of the last 48 hours for Google News', async ({ request, page, baseURL }) => {
    const site = origin(baseURL);
    const { xml, root } = await fetchXml(request, page, '/sitemap-news.xml', 'application/xml; charset=utf-8');
    const fetchedAt = Date.now();
    expect(root.name).toBe('urlset');
    const urls = children(root, 'url');
    const recent = await e2eDb().article.findMany({
      where: { ...published, publishedAt: { gte: new Date(fetchedAt - 48 * 3_600_000) } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      select: { title: true, slug: true, publishedAt: true, rubrique: { select: { slug: true } } },
    });
    expect(recent.length).toBeGreaterThan(0);
    expect(urls.map((u) => child(u, 'loc').text)).toEqual(recent.map((a) => `${site}/${a.rubrique.slug}/${a.slug}`));
    for (const [index, url] of urls.entries()) {
      const news = child(url, 'news:news');
      expect(news.ns).toBe('http://www.google.com/schemas/sitemap-news/0.9');
      const publication = child(news, 'news:publication');
      expect(child(publication, 'news:name').text).toBe('Dakarinfo');
      expect(child(publication, 'news:language').text).toBe('fr');
      expect(child(news, 'news:publication_date').text).toBe(recent[index].publishedAt?.toISOString());
      expect(child(news, 'news:title').text).toBe(applyFrenchTypography(recent[index].title));
    }
    for (const draft of await drafts()) expect(xml).not.toContain(`/${draft.slug}<`);
    await expectResolves(
      request,
      urls.slice(0, 2).map((u) => child(u, 'loc').text),
    );
  });

  test('/robots.txt keeps crawlers out of the newsroom and points to both sitemaps', async ({ request, baseURL }) => {
    const site = origin(baseURL);
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
    const lines = (await response.text()).split('\n');
    for (const line of [
      'User-agent: *',
      'Allow: /',
      'Disallow: /admin',
      'Disallow: /connexion',
      'Disallow: /recherche',
      'Disallow: /api/',
    ]) {
      expect(lines).toContain(line);
    }
    expect(lines).toContain(`Sitemap: ${site}/sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${site}/sitemap-news.xml`);
    // Feed readers and crawlers probe with HEAD.
    const head = await request.head('/rss.xml');
    expect(head.status()).toBe(200);
    expect(head.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  });
});

test('feeds and sitemaps are gzip’d for clients that take it, answer HEAD whole, and a poll with their ETag gets a 304', async ({
  request,
}) => {
  for (const path of ['/rss.xml', '/politique/rss.xml', '/sitemap.xml', '/sitemap-pages.xml']) {
    const gzip = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.status(), path).toBe(200);
    expect(gzip.headers()['cache-control'], path).toBe(CACHE_CONTROL);
    const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    expect(await gzip.text(), path).toBe(await plain.text());
    if ((await plain.body()).length >= 1024) expect(gzip.headers()['content-encoding'], path).toBe('gzip');
    // A feed reader polling with what it has: nothing to download while nothing changed.
    const etag = plain.headers().etag;
    expect(etag, path).toMatch(/^"[\w-]+"$/);
    expect((await request.get(path, { headers: { 'accept-encoding': 'identity', 'if-none-match': etag } })).status(), path).toBe(304);
    const head = await request.head(path, { headers: { 'accept-encoding': 'identity' } });
    expect(head.headers()['content-length'], path).toBe(String((await plain.body()).length));
    expect((await request.post(path)).status(), path).toBe(405);
  }
  // A 404 feed stays a plain French 404.
  const missing = await request.get('/rubrique-inconnue/rss.xml');
  expect(missing.status()).toBe(404);
});
