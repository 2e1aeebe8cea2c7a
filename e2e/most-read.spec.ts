/**
 * « Les plus lus »: a story read many times in a browser enters the box on Manchettes and after other
 * stories, counted by its page's beacon whatever cache answered the page; the page itself keeps its
 * policy without scripts, and the beacon is never cached.
 */
import { expect, test } from '@playwright/test';
import { e2eDb } from './support/db';

test('a story read many times enters « Les plus lus », on Manchettes and after another story', async ({ page, request }) => {
  test.setTimeout(120_000);
  // A demo story nobody else's test reads: the oldest published one.
  const story = await e2eDb().article.findFirstOrThrow({
    where: { status: 'PUBLISHED', liveStartedAt: null },
    orderBy: { publishedAt: 'asc' },
    select: { id: true, slug: true, title: true, rubrique: { select: { slug: true } } },
  });
  const path = `/${story.rubrique.slug}/${story.slug}`;
  const title = story.title.replace(/'/g, '’').slice(0, 30);

  const first = await page.goto(path);
  expect(first?.headers()['content-security-policy']).toContain("script-src 'none'");
  const beacon = page.locator('img.read-beacon');
  await expect(beacon).toHaveAttribute('src', `/lu/${story.id}.gif`);
  const pixel = await request.get(`/lu/${story.id}.gif`);
  expect(pixel.headers()['content-type']).toBe('image/gif');
  expect(pixel.headers()['cache-control']).toBe('no-store');

  // Read many times, as readers would: most of these pages come from the cache, the beacon every time.
  for (let i = 0; i < 60; i++) await page.goto(path, { waitUntil: 'load' });

  const box = page.locator('section.most-read');
  await expect(async () => {
    await page.goto('/');
    await expect(box.getByRole('heading', { name: 'Les plus lus' })).toBeVisible();
    await expect(box.getByRole('link', { name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [2_000] });

  // After another story, and not after itself.
  const other = await e2eDb().article.findFirstOrThrow({
    where: { status: 'PUBLISHED', liveStartedAt: null, id: { not: story.id } },
    orderBy: { publishedAt: 'desc' },
    select: { slug: true, rubrique: { select: { slug: true } } },
  });
  await page.goto(`/${other.rubrique.slug}/${other.slug}`);
  await expect(box.getByRole('link', { name: title })).toBeVisible();
  await page.goto(path);
  await expect(box.getByRole('link', { name: title })).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await box.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/most-read-home.png', fullPage: false });
});
