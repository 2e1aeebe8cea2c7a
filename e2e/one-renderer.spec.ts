import { expect, test } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';

/**
 * Every readers' page has one renderer (lib/readers): the same document, the same stylesheet built by
 * the server itself, no script; the newsroom's « Aperçu » is that very page under a banner.
 */

test('the newsroom’s « Aperçu » is the readers’ page of the draft, under a banner that leads back', async ({ page, request }) => {
  const journalist = await createTestUser('JOURNALIST');
  const rubrique = await e2eDb().rubrique.findFirstOrThrow({ where: { slug: 'politique' } });
  const title = `Aperçu ${Date.now().toString(36)} : un brouillon`;
  const draft = await e2eDb().article.create({
    data: {
      slug: `apercu-${Date.now().toString(36)}`,
      title,
      chapo: 'Un chapô de brouillon.',
      body: 'Premier paragraphe du brouillon.',
      status: 'DRAFT',
      rubriqueId: rubrique.id,
      authorId: journalist.id,
    },
  });
  try {
    await signInAs(page, journalist);
    const response = await page.goto(`/admin/articles/${draft.id}/apercu`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('.preview-banner')).toContainText('Aperçu — cet article n’est pas public');
    await expect(page.locator('h1')).toHaveText(title.replace(' :', '\u00a0:'));
    // The readers' document: their stylesheet, their header and footer, no script of Next's.
    const home = await (await request.get('/')).text();
    const stylesheet = /<link rel="stylesheet" href="(\/_assets\/site\.[^"]+\.css)"/.exec(home)?.[1];
    expect(stylesheet).toBeTruthy();
    await expect(page.locator(`link[rel="stylesheet"][href="${stylesheet}"]`)).toHaveCount(1);
    await expect(page.locator('.site-header .masthead-title')).toHaveText('Dakarinfo');
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    expect(response?.headers()['cache-control']).toContain('no-store');
    await page.getByRole('link', { name: 'Revenir à l’édition' }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/articles/${draft.id}$`));

    // Someone who may not edit the story does not see it: sent to its page, which says why (404 or « Accès refusé »).
    const other = await createTestUser('JOURNALIST');
    const context = await page.context().browser()!.newContext();
    const stranger = await context.newPage();
    await signInAs(stranger, other);
    await stranger.goto(`/admin/articles/${draft.id}/apercu`);
    await expect(stranger).toHaveURL(new RegExp(`/admin/articles/${draft.id}$`));
    await expect(stranger.locator('.preview-banner')).toHaveCount(0);
    expect(await stranger.content()).not.toContain(title.slice(0, 20));
    await context.close();
  } finally {
    await e2eDb().article.delete({ where: { id: draft.id } });
  }
});

test('the readers’ stylesheet is the server’s own file, named after its content and kept a year', async ({ request }) => {
  const home = await (await request.get('/')).text();
  const path = /<link rel="stylesheet" href="(\/_assets\/site\.[^"]+\.css)"/.exec(home)?.[1] ?? '';
  const css = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
  expect(css.status()).toBe(200);
  expect(css.headers()['content-type']).toBe('text/css; charset=utf-8');
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(await css.text()).toContain('.site-header');
  expect((await request.get('/_assets/site.inconnu.css')).status()).toBe(404);
});

test('a story taken offline answers 410 in French; a missing one 404; neither is kept', async ({ request }) => {
  const author = await createTestUser('JOURNALIST');
  const rubrique = await e2eDb().rubrique.findFirstOrThrow({ where: { slug: 'politique' } });
  // Published yesterday, then taken off by an editor: it keeps its first publication date.
  const withdrawn = await e2eDb().article.create({
    data: {
      slug: `retire-${Date.now().toString(36)}`,
      title: 'Un article retiré',
      chapo: 'Chapô.',
      body: 'Texte.',
      status: 'DRAFT',
      publishedAt: new Date(Date.now() - 86_400_000),
      rubriqueId: rubrique.id,
      authorId: author.id,
    },
  });
  try {
    const gone = await request.get(`/politique/${withdrawn.slug}`);
    expect(gone.status()).toBe(410);
    expect(await gone.text()).toContain('Cet article a été retiré');
    expect((await request.get(`/politique/${withdrawn.slug}`)).headers()['x-cache']).toBe('MISS');
    const missing = await request.get('/politique/aucun-article-de-ce-nom');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Page introuvable');
  } finally {
    await e2eDb().article.delete({ where: { id: withdrawn.id } });
  }
});
