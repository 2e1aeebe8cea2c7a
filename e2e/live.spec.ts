/**
 * « En direct » for readers: the demo's running live is complete without JavaScript (its entries, key
 * points, pinned entry, badge and structured data), passes axe, and carries its one script under a
 * policy that allows that script alone; a closed live says so and carries none.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';

/** The demo's own live, not one another spec opened (or closed) since: the demo's started first. */
async function demoLive(ended: boolean) {
  const story = await e2eDb().article.findFirstOrThrow({
    where: { liveStartedAt: { not: null }, liveEndedAt: ended ? { not: null } : null, status: 'PUBLISHED' },
    orderBy: { liveStartedAt: 'asc' },
    select: { id: true, slug: true, title: true, rubrique: { select: { slug: true } } },
  });
  return { ...story, path: `/${story.rubrique.slug}/${story.slug}` };
}

test('a running live is complete without JavaScript, accessible, and allows its one script alone', async ({ browser }) => {
  const live = await demoLive(false);
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const response = await page.goto(live.path);
  expect(response?.status()).toBe(200);
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).not.toContain("'unsafe-inline'");
  await expect(page.locator('.live-running .live-badge')).toHaveText('En direct');
  await expect(page.getByRole('heading', { name: 'L’essentiel' })).toBeVisible();
  await expect(page.locator('.live-key li')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Épinglé' })).toBeVisible();
  const entries = page.locator('.live-entries > li');
  expect(await entries.count()).toBeGreaterThanOrEqual(25);
  // Each entry has its own address, which opens the page on it.
  const id = await entries.nth(3).locator('article').getAttribute('id');
  await page.goto(`${live.path}#${id}`);
  await expect(page.locator(`#${id}`)).toBeInViewport();
  const data = await page.locator('script[type="application/ld+json"]').allTextContents();
  const blog = data.map((text) => JSON.parse(text)).find((item) => item['@type'] === 'LiveBlogPosting');
  expect(blog.coverageStartTime).toBeTruthy();
  expect(blog.liveBlogUpdate.length).toBe(10);
  // Manchettes and its rubrique show it as live.
  await page.goto(`/${live.rubrique.slug}`);
  await expect(
    page
      .locator('.card')
      .filter({ hasText: live.title.replace(/'/g, '’').slice(0, 20) })
      .locator('.live-badge'),
  ).toHaveText('En direct');

  const withScript = await (await browser.newContext()).newPage();
  await withScript.goto(live.path);
  const results = await new AxeBuilder({ page: withScript }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('a closed live says so, keeps its record, and carries no script', async ({ page }) => {
  const live = await demoLive(true);
  const response = await page.goto(live.path);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'none'");
  await expect(page.getByText(/Ce direct est terminé depuis le/)).toBeVisible();
  await expect(page.getByText(/Entrée retirée à/)).toBeVisible();
  expect(await page.locator('script:not([type])').count()).toBe(0);
});

test('two journalists post at once: a reader’s page announces both without a reload, a reader without JavaScript sees them on reload', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const live = await demoLive(false);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(live.path);
  await expect(reader.locator('.live-news')).toBeHidden();
  // A mark that a reload would wipe out.
  await reader.evaluate(() => ((window as unknown as { marked: boolean }).marked = true));
  const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await noScript.goto(live.path);

  const stamp = Date.now().toString(36);
  const texts = [`Le train de 18 h 40 est complet ${stamp}`, `Une panne de signalisation à Diamniadio ${stamp}`];
  const desks = await Promise.all(
    texts.map(async (text, index) => {
      const desk = await (await browser.newContext()).newPage();
      await signInAs(desk, await createTestUser('JOURNALIST', `Reporter ${index} ${stamp}`));
      // Any journalist reaches a running live from the newsroom's list.
      await desk.goto('/admin');
      await desk
        .getByRole('navigation', { name: 'Directs en cours' })
        .getByRole('link', { name: live.title.replace(/'/g, '’') })
        .click();
      await expect(desk).toHaveURL(`/admin/articles/${live.id}/direct`);
      await desk.getByLabel('Nouvelle entrée', { exact: true }).fill(text);
      return desk;
    }),
  );
  await Promise.all(desks.map((desk) => desk.getByRole('button', { name: 'Publier l’entrée' }).click()));
  for (const desk of desks) await expect(desk.getByRole('status').filter({ hasText: 'Entrée publiée.' })).toBeVisible();

  // The page says so at the top of the feed instead of moving what the reader is on.
  const news = reader.locator('.live-news');
  await expect(news).toHaveText('2 nouvelles entrées', { timeout: 20_000 });
  await expect(reader.getByText(texts[0] as string)).toHaveCount(0);
  await news.click();
  for (const text of texts) await expect(reader.getByText(text)).toBeVisible();
  await expect(news).toBeHidden();
  expect(await reader.evaluate(() => (window as unknown as { marked?: boolean }).marked)).toBe(true);

  await noScript.reload();
  for (const text of texts) await expect(noScript.getByText(text)).toBeVisible();
});
