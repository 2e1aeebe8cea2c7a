import { expect, test, type Page } from '@playwright/test';
import { e2eDb, publishedArticlePath } from './support/db';

const NBSP = /[\u00a0\u202f]/g;
const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(NBSP, ' ');

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('Manchettes shows the site, its rubriques, the lead story and each rubrique', async ({ page }) => {
      const response = await page.goto('/');
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(/Dakarinfo/);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      await expect(page.locator('.masthead-title')).toHaveText('Dakarinfo');
      await expect(page.locator('.tagline')).toBeVisible();
      const nav = page.getByRole('navigation', { name: 'Rubriques' });
      for (const name of ['Politique', 'Culture', 'Monde']) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
      await expect(page.locator('h1')).toHaveCount(1);

      const lead = await e2eDb().article.findFirstOrThrow({
        where: { status: 'PUBLISHED', placement: 'LEAD' },
        select: { title: true, chapo: true },
      });
      const leadCard = page.locator('.card-lead');
      await expect(leadCard.locator('.card-title')).toHaveText(lead.title.replace(/'/g, '’'));
      await expect(leadCard.locator('.card-chapo')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Politique', level: 2 })).toBeVisible();

      const drafts = await e2eDb().article.findMany({ where: { status: 'DRAFT' }, select: { title: true } });
      const html = await page.content();
      for (const draft of drafts) expect(html).not.toContain(draft.title);
    });

    test('a rubrique lists its stories newest first, with pagination', async ({ page }) => {
      const response = await page.goto('/politique');
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Politique');
      await expect(page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name: 'Politique' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      const times = await page.locator('.card time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''));
      expect(times.length).toBeGreaterThan(3);
      expect([...times].sort().reverse()).toEqual(times);
      expect((await page.goto('/politique?page=999'))?.status()).toBe(404);
      expect((await page.goto('/politique?page=abc'))?.status()).toBe(404);
    });

    test('« La rédaction » lists the bylines from the footer, each with their page and their latest story', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('contentinfo').getByRole('link', { name: 'La rédaction' }).click();
      await expect(page).toHaveURL(/\/auteurs$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('La rédaction');
      const names = await page.locator('.author-entry-name').allTextContents();
      expect(names.length).toBeGreaterThan(2);
      expect([...names].sort(new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare)).toEqual(names);
      // The latest story named for an author is the newest one online under their name.
      const first = page.locator('.author-entry').first();
      const slug = ((await first.locator('.author-entry-name a').getAttribute('href')) ?? '').replace('/auteurs/', '');
      const newest = await e2eDb().article.findFirstOrThrow({
        where: { status: 'PUBLISHED', publishedAt: { not: null }, author: { slug } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        select: { slug: true, rubrique: { select: { slug: true } } },
      });
      await expect(first.locator('.author-entry-latest a')).toHaveAttribute('href', `/${newest.rubrique.slug}/${newest.slug}`);
      // Nobody without a published story is listed.
      const silent = await e2eDb().user.findMany({ where: { articles: { none: { status: 'PUBLISHED' } } }, select: { name: true } });
      for (const user of silent) expect(names).not.toContain(user.name);
      // An author's page leads back to the list.
      await first.locator('.author-entry-name a').click();
      await expect(page).toHaveURL(new RegExp(`/auteurs/${slug}$`));
      await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'La rédaction' }).click();
      await expect(page).toHaveURL(/\/auteurs$/);
      expect((await page.goto('/auteurs?page=999'))?.status()).toBe(404);
      expect((await page.goto('/auteurs?page=abc'))?.status()).toBe(404);
    });

    test('an article has its breadcrumb, byline, French date, body and « À lire aussi » links that resolve', async ({ page, request }) => {
      const withInline = await e2eDb().relatedLink.findFirstOrThrow({
        where: { inline: true, position: 0, article: { status: 'PUBLISHED' }, target: { status: 'PUBLISHED' } },
        select: { article: { select: { id: true } } },
      });
      const article = await publishedArticlePath({ id: withInline.article.id });
      const response = await page.goto(article.path);
      expect(response?.status()).toBe(200);
      await expect(
        page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: article.rubrique.name }),
      ).toHaveAttribute('href', `/${article.rubrique.slug}`);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await text(page, '.byline')).toMatch(/Publié le \d{1,2}(er)? [a-zéû]+ \d{4} à \d{1,2} h \d{2}/);
      await expect(page.locator('.byline a[rel="author"]')).toHaveAttribute('href', /^\/auteurs\/[a-z0-9-]+$/);

      // The inline link sits between two parts of the body, as on the reference page.
      const inline = page.locator('.article-body + .related-inline + .article-body');
      await expect(inline).toHaveCount(1);
      const links = await page
        .locator('.related-inline a, .related-list a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect((await request.get(href)).status()).toBe(200);

      const authorHref = await page.locator('.byline a[rel="author"]').getAttribute('href');
      const author = await page.goto(authorHref ?? '/');
      expect(author?.status()).toBe(200);
      await expect(page.locator('.card-title a', { hasText: article.title.slice(0, 20) }).first()).toBeVisible();
    });

    test('the update notice shows only on stories an editor marked « mise à jour »', async ({ page }) => {
      const updated = await publishedArticlePath({ updates: { some: {} } });
      await page.goto(updated.path);
      await expect(page.getByText('Cette histoire a été mise à jour.')).toBeVisible();
      const latest = await e2eDb().articleUpdate.findFirstOrThrow({
        where: { article: { slug: updated.path.split('/')[2] } },
        orderBy: { createdAt: 'desc' },
      });
      expect(await text(page, '.update-notice')).toContain(latest.note.replace(NBSP, ' ').slice(0, 30));

      const plain = await publishedArticlePath({ updates: { none: {} } });
      await page.goto(plain.path);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.getByText('Cette histoire a été mise à jour.')).toHaveCount(0);
    });

    test('drafts never show, not even a link to them', async ({ page }) => {
      const draft = await e2eDb().article.findFirstOrThrow({
        where: { status: 'DRAFT' },
        select: { slug: true, title: true, rubrique: { select: { slug: true } } },
      });
      expect((await page.goto(`/${draft.rubrique.slug}/${draft.slug}`))?.status()).toBe(404);
      const linking = await e2eDb().relatedLink.findFirst({
        where: { target: { status: 'DRAFT' }, article: { status: 'PUBLISHED' } },
        select: { article: { select: { id: true } } },
      });
      if (linking) {
        const source = await publishedArticlePath({ id: linking.article.id });
        await page.goto(source.path);
        expect(await page.content()).not.toContain(draft.slug);
        expect(await page.locator(`a[href$="/${draft.slug}"]`).count()).toBe(0);
      }
    });

    test('unknown rubriques, stories and authors get the French 404 page', async ({ page }) => {
      // The whole rubriques bar, read from the database when the 404 is served (not a build-time copy):
      // the rubriques an editor shows, and those with a story online.
      const rubriques = await e2eDb().rubrique.findMany({
        where: { OR: [{ shownInMenu: true }, { articles: { some: { status: 'PUBLISHED', publishedAt: { not: null } } } }] },
        select: { name: true },
      });
      for (const path of ['/rubrique-inconnue', '/politique/article-inconnu', '/auteurs/personne', '/a/b/c', '/politique/..%2f..%2fetc']) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
        await expect(page.getByRole('link', { name: 'Retourner aux Manchettes' })).toBeVisible();
        const nav = page.getByRole('navigation', { name: 'Rubriques' });
        await expect(nav.getByRole('link')).toHaveCount(rubriques.length + 1);
        // Kept out of search engines, said once.
        await expect(page.locator('meta[name="robots"]')).toHaveCount(1);
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      }
    });
  });
}

test('the health check answers when the database does', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok' });
});

test('public pages carry security headers and a content security policy', async ({ request }) => {
  const headers = (await request.get('/')).headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['content-security-policy']).toContain("default-src 'self'");
});

test('a link shared with tracking tags is the page already cached: no render per click', async ({ request }) => {
  const story = await publishedArticlePath({});
  const click = () => `fbclid=IwAR${Math.random().toString(36).slice(2)}`;
  // Whatever the first request found, the second click (a new click id) is served from the cache…
  const first = await request.get(`${story.path}?utm_source=facebook&utm_medium=social&${click()}`);
  expect(first.status()).toBe(200);
  const second = await request.get(`${story.path}?${click()}&utm_campaign=lettre-du-soir`);
  expect(second.headers()['x-cache']).toBe('HIT');
  // …as is the story's own address, with the same page.
  const plain = await request.get(story.path);
  expect(plain.headers()['x-cache']).toBe('HIT');
  expect(plain.headers().etag).toBe(first.headers().etag);

  // A search keeps its words and rubrique, in whatever order they come; the tag goes. (A search is
  // kept from its second request on: lib/server/search-admission.ts.)
  await request.get(`/recherche?q=budget&rubrique=${story.rubrique.slug}`);
  const search = await request.get(`/recherche?utm_source=x&q=budget&rubrique=${story.rubrique.slug}`);
  expect(await search.text()).toContain('value="budget"');
  const same = await request.get(`/recherche?rubrique=${story.rubrique.slug}&q=budget&gclid=${Date.now()}`);
  expect(same.headers()['x-cache']).toBe('HIT');
  expect(same.headers().etag).toBe(search.headers().etag);
  const other = await request.get(`/recherche?q=port&rubrique=${story.rubrique.slug}`);
  expect(other.headers().etag).not.toBe(search.headers().etag);
});

test('a HEAD request (a link checker, a chat app’s preview) never leaves an empty page in the cache', async ({ request }) => {
  const path = `/recherche?q=${encodeURIComponent(`verification${Date.now()}`)}`;
  // Twice: a search is kept from its second request on (lib/server/search-admission.ts).
  for (let i = 0; i < 2; i += 1) {
    const head = await request.head(path);
    expect(head.status()).toBe(200);
    expect(head.headers()['x-cache']).toBe('MISS');
    expect(Number(head.headers()['content-length'])).toBeGreaterThan(500);
    expect(await head.body()).toHaveLength(0);
  }
  const head = await request.head(path);
  expect(head.headers()['x-cache']).toBe('HIT');
  // The page it rendered is the whole page, served to the next reader.
  const get = await request.get(path);
  expect(get.headers()['x-cache']).toBe('HIT');
  const html = await get.text();
  expect(html).toContain(`verification`);
  expect(html).toContain('</html>');
  expect(get.headers()['content-length']).toBe(head.headers()['content-length']);
});

test('readers’ pages ship no script: no framework code, no second copy of the story, a policy that runs nothing', async ({
  page,
  request,
}) => {
  // A story whose first paragraph has a long run of plain words (other tests publish short ones).
  // Not a running live: its page carries the one script readers' pages may have (e2e/live.spec.ts).
  const stories = await e2eDb().article.findMany({
    where: { status: 'PUBLISHED', liveStartedAt: null },
    orderBy: { publishedAt: 'desc' },
    take: 60,
    select: { slug: true, body: true },
  });
  const long = stories.find((s) => /[A-Za-zÀ-ÿ ]{40,}/.test(s.body.split('\n\n')[0] ?? ''));
  const story = await publishedArticlePath({ slug: long?.slug });
  const author = await e2eDb().user.findFirstOrThrow({ where: { articles: { some: { status: 'PUBLISHED' } } }, select: { slug: true } });
  for (const path of [
    '/',
    '/politique',
    story.path,
    `/auteurs/${author.slug}`,
    '/auteurs',
    '/recherche?q=budget',
    '/rubrique-qui-n-existe-pas',
  ]) {
    const response = await request.get(path);
    const html = await response.text();
    expect(response.headers()['content-security-policy'], path).toContain("script-src 'none'");
    // Only structured data remains (it is not executable).
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(
      scripts.filter((tag) => !tag.includes('application/ld+json')),
      path,
    ).toEqual([]);
    expect(html, path).not.toMatch(/\.js["'?]/);
    expect(html, path).not.toContain('__next_f');
  }
  // And the page still works in a browser: the story is there, once, and nothing was refused.
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(story.path);
  await expect(page.locator('h1')).toBeVisible();
  const paragraph = (await page.locator('.article-body p').first().textContent()) ?? '';
  const words = paragraph.match(/[A-Za-zÀ-ÿ ]{25,}/)?.[0] ?? '';
  expect(words.length).toBeGreaterThan(0);
  const html = await (await request.get(story.path)).text();
  expect(html.split(words).length - 1, words).toBe(1);
  expect(errors).toEqual([]);
});

test('the rubriques bar marks the current rubrique in the HTML, from the address alone', async ({ request }) => {
  const current = (html: string) => [...html.matchAll(/<a href="([^"]*)" aria-current="page">/g)].map((m) => m[1]);
  const story = await publishedArticlePath({});
  const rubrique = `/${story.rubrique.slug}`;
  expect(current(await (await request.get('/')).text())).toEqual(['/']);
  expect(current(await (await request.get(story.path)).text())).toEqual([rubrique]);
  // A client cannot choose what is marked (the page may be cached for everyone): the address decides.
  const forged = await request.get('/culture?marque=1', { headers: { 'x-dakarinfo-path': '/politique' } });
  expect(current(await forged.text())).toEqual(['/culture']);
  expect(current(await (await request.get('/auteurs/inconnu-de-la-redaction')).text())).toEqual([]);
});

test('a story reached under the wrong rubrique is sent to its address', async ({ page }) => {
  const article = await publishedArticlePath({});
  const other = article.rubrique.slug === 'culture' ? 'sport' : 'culture';
  const response = await page.goto(article.path.replace(`/${article.rubrique.slug}/`, `/${other}/`));
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(article.path);
});

test('a story’s old slug answers 301 to its current address', async ({ request }) => {
  const article = await e2eDb().article.findFirstOrThrow({
    where: { status: 'PUBLISHED' },
    select: { id: true, slug: true, rubrique: { select: { slug: true } } },
  });
  const oldSlug = `ancien-titre-${Date.now()}`;
  await e2eDb().articleSlug.create({ data: { slug: oldSlug, articleId: article.id } });
  const response = await request.get(`/${article.rubrique.slug}/${oldSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe(`/${article.rubrique.slug}/${article.slug}`);
});

test('the skip link is the first thing a keyboard reaches', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveText('Aller au contenu');
  await page.keyboard.press('Enter');
  expect(new URL(page.url()).hash).toBe('#contenu');
});
