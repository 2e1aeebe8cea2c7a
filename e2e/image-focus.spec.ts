/**
 * « Cadrage de l’image » as an editor uses it: on a story's page, the point its picture's crops keep
 * (16:9, 4:3, square); readers' structured data names the new crops at once, and they load. The
 * centre is put back at the end (other specs read the demo's pictures).
 */
import { expect, test } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb, publishedArticlePath } from './support/db';

test('an editor sets the point a story’s picture keeps in its crops; readers’ structured data follows', async ({ page, request }) => {
  test.setTimeout(60_000);
  const story = await publishedArticlePath({ imageId: { not: null }, liveStartedAt: null });
  const { id } = await e2eDb().article.findFirstOrThrow({ where: { slug: story.path.split('/')[2] }, select: { id: true } });
  await signInAs(page, await createTestUser('EDITOR'));
  await page.goto(`/admin/articles/${id}`);
  const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Cadrage de l’image' }) });
  try {
    await panel.getByLabel('Haut gauche', { exact: true }).check();
    await panel.getByRole('button', { name: 'Enregistrer le cadrage' }).click();
    await expect(panel.getByRole('status')).toContainText('Cadrage enregistré');
    await page.reload();
    await expect(panel.getByLabel('Haut gauche', { exact: true })).toBeChecked();
    await panel.screenshot({ path: test.info().outputPath('cadrage.png') });

    const html = await (await request.get(story.path)).text();
    const crops = [...html.matchAll(/\/medias\/[a-z0-9]+-\d+-(16x9|4x3|1x1)-20-20\.jpg/g)].map((m) => m[0]);
    expect(new Set(crops).size).toBe(3);
    for (const crop of new Set(crops)) {
      const response = await request.get(crop);
      expect(response.status(), crop).toBe(200);
      expect(response.headers()['content-type']).toBe('image/jpeg');
    }
  } finally {
    await page.goto(`/admin/articles/${id}`);
    await panel.getByLabel('Centre', { exact: true }).check();
    await panel.getByRole('button', { name: 'Enregistrer le cadrage' }).click();
    await expect(panel.getByRole('status')).toContainText('Cadrage enregistré');
  }
});
