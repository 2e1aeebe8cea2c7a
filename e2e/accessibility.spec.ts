import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { publishedArticlePath } from './support/db';

/** WCAG 2.2 AA rules; serious and critical violations fail the test, with their targets listed. */
async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    blocking.map((v) => `${v.id} (${v.impact}) : ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    label,
  ).toEqual([]);
}

test('public pages have no serious or critical accessibility violation', async ({ page }) => {
  const article = await publishedArticlePath({ updates: { some: {} } });
  for (const path of [
    '/',
    '/politique',
    article.path,
    '/auteurs/awa-ndiaye',
    '/auteurs',
    '/recherche?q=Dakar',
    '/recherche?q=le',
    '/page-inconnue',
  ]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
});

test('the newsroom’s main screens have no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/connexion');
  await expectAccessible(page, '/connexion');
  const admin = await createTestUser('ADMIN');
  await signInAs(page, admin);
  for (const path of ['/admin', '/admin/articles/nouveau', '/admin/rubriques', '/admin/utilisateurs', '/admin/journal']) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
});

test('the header, the search and an article work with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // brand
  await page.keyboard.press('Tab'); // search box
  await expect(page.locator(':focus')).toHaveAttribute('name', 'q');
  await page.keyboard.type('été');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/recherche\?q=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recherche');
  // Tab to the first result and open it.
  const firstResult = page.locator('.search-results .card-title a').first();
  await expect(firstResult).toBeVisible();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await firstResult.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(firstResult).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('article h1')).toBeVisible();
  // The focus ring is visible on links.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
});

for (const { width, zoom } of [
  { width: 360, zoom: 1 },
  { width: 1280, zoom: 2 },
]) {
  test(`pages read without horizontal scrolling at ${width} px${zoom > 1 ? ' and 200 % zoom' : ''}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: Math.round(width / zoom), height: 800 }, deviceScaleFactor: zoom });
    const page = await context.newPage();
    const article = await publishedArticlePath({});
    for (const path of ['/', '/politique', article.path, '/recherche?q=Dakar']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
}
