import { expect, test, type Page } from '@playwright/test';
import { applyFrenchTypography } from '../lib/french/typography';
import { documentTitle } from '../lib/site-settings';
import { e2eDb, publishedArticlePath } from './support/db';

/** The site's address as the server writes it (NEXTAUTH_URL, set by playwright.config.ts). */
const origin = (baseURL: string | undefined) => new URL(baseURL ?? '').origin;
const normalized = (url: string | null) => (url ? new URL(url).href : url);
const published = { status: 'PUBLISHED', publishedAt: { not: null } } as const;

test.describe('page metadata', () => {
  const jsonLd = async (page: Page) =>
    (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>);
  const meta = (page: Page, property: string) =>
    page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute('content');

  test('an updated story: NewsArticle JSON-LD and OpenGraph with dateModified = the latest « mise à jour »', async ({ page, baseURL }) => {
    const site = origin(baseURL);
    const path = (await publishedArticlePath({ updates: { some: {} } })).path;
    const story = await e2eDb().article.findFirstOrThrow({
      where: { slug: path.split('/')[2] },
      select: {
        title: true,
        chapo: true,
        publishedAt: true,
        rubrique: { select: { name: true, slug: true } },
        author: { select: { name: true, slug: true } },
        updates: { orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true } },
        imageId: true,
      },
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const url = `${site}${path}`;
    const title = applyFrenchTypography(story.title);

    const data = await jsonLd(page);
    const article = data.find((d) => d['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: title,
      description: applyFrenchTypography(story.chapo),
      datePublished: story.publishedAt?.toISOString(),
      dateModified: story.updates[0].createdAt.toISOString(),
      author: { '@type': 'Person', name: story.author.name, url: `${site}/auteurs/${story.author.slug}` },
      publisher: { '@type': 'Organization', name: 'Dakarinfo', url: `${site}/`, logo: { '@type': 'ImageObject' } },
      articleSection: story.rubrique.name,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      inLanguage: 'fr-FR',
      isAccessibleForFree: true,
    });
    expect(article?.dateModified).not.toBe(article?.datePublished);
    const breadcrumb = data.find((d) => d['@type'] === 'BreadcrumbList');
    expect(breadcrumb?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Accueil', item: `${site}/` },
      { '@type': 'ListItem', position: 2, name: story.rubrique.name, item: `${site}/${story.rubrique.slug}` },
      { '@type': 'ListItem', position: 3, name: title, item: url },
    ]);

    // Within what search results show: the site's name when it fits, else the headline cut at a word.
    await expect(page).toHaveTitle(documentTitle(title));
    expect((await page.title()).length).toBeLessThanOrEqual(70);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    expect(await meta(page, 'og:type')).toBe('article');
    expect(await meta(page, 'og:url')).toBe(url);
    expect(await meta(page, 'og:title')).toBe(title);
    expect(await meta(page, 'og:site_name')).toBe('Dakarinfo');
    expect(await meta(page, 'og:locale')).toBe('fr_FR');
    expect(await meta(page, 'article:published_time')).toBe(story.publishedAt?.toISOString());
    expect(await meta(page, 'article:modified_time')).toBe(story.updates[0].createdAt.toISOString());
    expect(await meta(page, 'article:section')).toBe(story.rubrique.name);
    expect(await meta(page, 'article:author')).toBe(`${site}/auteurs/${story.author.slug}`);
    // A story with a picture is shared with it; one without, with the site's default one (the demo sets
    // one in « Réglages du site »): always a large card.
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'og:image')).toMatch(new RegExp(`^${site}/medias/${story.imageId ?? '[a-z0-9]+'}-\\d+\\.jpg$`));
  });

  test('a story never updated: dateModified is its publication', async ({ page, baseURL }) => {
    const site = origin(baseURL);
    // Not a live: its entries move its dateModified (LiveBlogPosting, e2e/live.spec.ts).
    const target = await publishedArticlePath({ updates: { none: {} }, liveStartedAt: null });
    const story = await e2eDb().article.findFirstOrThrow({
      where: { slug: target.path.split('/')[2] },
      select: { publishedAt: true, lastUpdatedAt: true },
    });
    expect(story.lastUpdatedAt).toBeNull();
    await page.goto(target.path);
    const article = (await jsonLd(page)).find((d) => d['@type'] === 'NewsArticle');
    expect(article?.datePublished).toBe(story.publishedAt?.toISOString());
    expect(article?.dateModified).toBe(story.publishedAt?.toISOString());
    expect(await meta(page, 'article:modified_time')).toBe(story.publishedAt?.toISOString());
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${target.path}`);
  });

  test('home, rubrique and author pages have an absolute canonical link and OpenGraph', async ({ page, baseURL }) => {
    const site = origin(baseURL);
    const author = await e2eDb().user.findFirstOrThrow({
      where: { active: true, articles: { some: published } },
      select: { slug: true, name: true },
    });
    for (const [path, canonical, title] of [
      ['/', `${site}/`, 'Dakarinfo — Manchettes, politique et culture françaises'],
      ['/politique', `${site}/politique`, 'Politique — Dakarinfo'],
      [`/auteurs/${author.slug}`, `${site}/auteurs/${author.slug}`, `${author.name} — Dakarinfo`],
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      // Compared as URLs: Next writes the root as « http://host », the same address as « http://host/ ».
      expect(normalized(await page.locator('link[rel="canonical"]').getAttribute('href')), path).toBe(canonical);
      await expect(page, path).toHaveTitle(title);
      expect(await meta(page, 'og:type'), path).toBe('website');
      expect(normalized(await meta(page, 'og:url')), path).toBe(canonical);
      expect(await meta(page, 'og:site_name'), path).toBe('Dakarinfo');
      expect(await meta(page, 'og:locale'), path).toBe('fr_FR');
      // The demo's default social image (« Réglages du site »): a shared link never shows a bare card.
      expect(await meta(page, 'twitter:card'), path).toBe('summary_large_image');
      expect(await meta(page, 'og:image'), path).toMatch(new RegExp(`^${site}/medias/[a-z0-9]+-1200\\.jpg$`));
      expect(await meta(page, 'description'), path).toBeTruthy();
    }
  });

  test('a hostile title cannot break out of the JSON-LD script', async ({ page }) => {
    // A story of its own (old, so it sits at the end of every list), removed afterwards.
    const template = await e2eDb().article.findFirstOrThrow({
      where: published,
      select: { rubriqueId: true, authorId: true, rubrique: { select: { slug: true } } },
    });
    const slug = `titre-hostile-${Date.now()}`;
    const title = 'Titre </script><script>window.__pwned = 1</script><!-- & </SCRIPT >';
    const story = await e2eDb().article.create({
      data: {
        slug,
        title,
        chapo: 'Chapô </script>',
        body: 'Texte.',
        status: 'PUBLISHED',
        publishedAt: new Date('2001-01-01T00:00:00Z'),
        rubriqueId: template.rubriqueId,
        authorId: template.authorId,
      },
    });
    try {
      expect((await page.goto(`/${template.rubrique.slug}/${slug}`))?.status()).toBe(200);
      await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(2);
      const article = (await jsonLd(page)).find((d) => d['@type'] === 'NewsArticle');
      expect(article?.headline).toBe(applyFrenchTypography(title));
      expect(article?.description).toBe(applyFrenchTypography('Chapô </script>'));
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await e2eDb().article.delete({ where: { id: story.id } });
    }
  });
});
