/**
 * The pages of corrections in the open, for readers (/mises-a-jour, « Voir ce qui a changé », the
 * policy, a story with its « Signaler une erreur » open, a refused report) and for the newsroom
 * (« Signalements », the policy, legal redaction): no serious or critical WCAG 2.2 AA violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';

// Eleven pages through axe, on a machine the other suites share.
test.describe.configure({ timeout: 240_000 });

async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    blocking.map((v) => `${v.id} (${v.impact}) : ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    label,
  ).toEqual([]);
}

test('corrections pages are accessible', async ({ page }) => {
  const entry = await e2eDb().articleUpdate.findFirstOrThrow({
    where: { kind: 'CORRECTION', article: { status: 'PUBLISHED' } },
    select: { id: true, article: { select: { id: true, slug: true, rubrique: { select: { slug: true } } } } },
  });
  const story = `/${entry.article.rubrique.slug}/${entry.article.slug}`;
  for (const path of ['/mises-a-jour', `/mises-a-jour/${entry.id}`, '/mises-a-jour/politique', story]) {
    await page.goto(path);
    if (path === story) await page.getByText('Signaler une erreur').click();
    await expectAccessible(page, path);
  }
  await page.getByLabel('Le passage en cause').fill('un passage');
  await page.getByLabel('Ce qui est inexact, et pourquoi').fill('court');
  await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.screenshot({ path: 'test-results/a11y-report-refused.png', fullPage: true });
  await expectAccessible(page, 'refus');
  await signInAs(page, await createTestUser('EDITOR'));
  for (const path of ['/admin/signalements?etat=tous', '/admin/corrections', `/admin/articles/${entry.article.id}/retrait-juridique`]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
  await page.goto(`/admin/articles/${entry.article.id}/retrait-juridique`);
  await page.screenshot({ path: 'test-results/a11y-redaction.png', fullPage: true });
});
