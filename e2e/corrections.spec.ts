/**
 * Corrections in the open: a reader follows « Voir ce qui a changé » from a corrected story and sees
 * the words that changed; a reader without JavaScript reports an error, an editor handles it and
 * publishes a correction, at the top of the story and in /mises-a-jour at once.
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';
import { formReady, publishedStory } from './support/stories';

const unique = () => randomBytes(3).toString('hex');

// Several steps in the newsroom and a reader's pages, on a machine the other suites share.
test.describe.configure({ timeout: 120_000 });

async function publicPath(id: string): Promise<string> {
  const row = await e2eDb().article.findUniqueOrThrow({ where: { id }, select: { slug: true, rubrique: { select: { slug: true } } } });
  return `/${row.rubrique.slug}/${row.slug}`;
}

test('a reader follows « Voir ce qui a changé » from a corrected story and sees the words that changed', async ({ page, browser }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const title = `Le budget du port ${unique()}`;
  const id = await publishedStory(page, title, 'Le port a coûté 1,2 milliard de francs CFA selon le ministère.');
  await page.locator('textarea[name="body"]').fill('Le port a coûté 1,4 milliard de francs CFA selon la Cour des comptes.');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();
  await page.getByLabel('Type').selectOption('CORRECTION');
  await page.getByLabel('Note publique').fill('Le coût est de 1,4 milliard, et non 1,2 milliard.');
  await page.getByRole('button', { name: 'Publier la correction' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'La mention' })).toBeVisible();

  const reader = await browser.newPage({ javaScriptEnabled: false });
  await reader.goto(await publicPath(id));
  // The correction sits above the chapô.
  const top = reader.locator('.article-header .correction-notice');
  await expect(top).toContainText('Le coût est de 1,4 milliard');
  await top.getByRole('link', { name: 'Voir ce qui a changé' }).click();
  await expect(reader.getByRole('heading', { level: 1, name: 'Ce qui a changé' })).toBeVisible();
  await expect(reader.locator('.public-diff-entry')).toContainText('Correction');
  const body = reader.locator('.public-diff-field', { has: reader.getByRole('heading', { name: 'Texte' }) });
  await expect(body.locator('del').first()).toHaveText(/1,2/);
  await expect(body.locator('ins').first()).toHaveText(/1,4/);
  await expect(body.locator('del', { hasText: 'ministère' })).toBeVisible();
  await expect(body.locator('ins', { hasText: 'Cour des comptes' })).toBeVisible();
  await reader.screenshot({ path: 'test-results/corrections-diff.png', fullPage: true });
  await reader.close();
});

test('a reader without JavaScript reports an error; an editor publishes the correction, at the top of the story and in /mises-a-jour', async ({
  page,
  browser,
}) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const title = `Le barrage de Sambangalou ${unique()}`;
  const id = await publishedStory(page, title, 'Le barrage produira 64 mégawatts dès 2027.');
  const path = await publicPath(id);

  // A reader elsewhere (the server trusts one proxy): the per-address throttle counts this one apart.
  const reader = await browser.newPage({
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${1 + ((randomBytes(1)[0] ?? 0) % 250)}` },
  });
  await reader.goto(path);
  await reader.getByText('Signaler une erreur').click();
  // A refusal keeps what was typed.
  await reader.getByLabel('Le passage en cause').fill('64 mégawatts');
  await reader.getByLabel('Ce qui est inexact, et pourquoi').fill('Faux.');
  await reader.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(reader.getByRole('alert')).toContainText('Le signalement n’a pas été envoyé');
  await expect(reader.getByLabel('Le passage en cause')).toHaveValue('64 mégawatts');
  await reader.getByLabel('Ce qui est inexact, et pourquoi').fill('La puissance annoncée par l’OMVG est de 128 mégawatts.');
  await reader.getByLabel('Votre adresse électronique, pour une réponse (facultatif)').fill('lecteur-e2e@exemple.sn');
  await reader.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(reader.getByRole('heading', { name: 'Merci pour votre signalement' })).toBeVisible();
  await reader.screenshot({ path: 'test-results/corrections-report-sent.png', fullPage: true });

  // The editor's menu counts it; the queue shows it, the reader's words as plain text.
  await page.goto('/admin/signalements');
  await expect(page.getByRole('link', { name: /Signalements/ }).locator('.nav-count')).toBeVisible();
  const item = page.locator('.report-item', { hasText: title });
  await expect(item).toContainText('128 mégawatts');
  await expect(item).toContainText('lecteur-e2e@exemple.sn');
  await item.getByRole('button', { name: 'Prendre en charge' }).click();
  await expect(item.locator('.report-state')).toHaveText('En cours');

  // The editor corrects the text, then marks the report « corrigé » with the public note.
  await page.goto(`/admin/articles/${id}`);
  await formReady(page);
  await page.locator('textarea[name="body"]').fill('Le barrage produira 128 mégawatts dès 2027.');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();
  await page.goto('/admin/signalements');
  const again = page.locator('.report-item', { hasText: title });
  await again.getByText('Corrigé\u00a0: écrire la mention publique').click();
  await again.getByLabel('Note publique').fill('La puissance est de 128 mégawatts, et non 64.');
  await again.getByRole('button', { name: 'Publier la mention et marquer corrigé' }).click();
  // Done, it leaves the reports to handle; it is among the corrected ones, with its entry.
  await expect(page.locator('.report-item', { hasText: title })).toHaveCount(0);
  await page.goto('/admin/signalements?etat=corriges');
  await expect(page.locator('.report-item', { hasText: title })).toContainText('La puissance est de 128 mégawatts, et non 64.');
  await page.screenshot({ path: 'test-results/corrections-queue.png', fullPage: true });

  // Within a second, at the top of the story and in /mises-a-jour.
  const started = Date.now();
  await reader.goto(path);
  await expect(reader.locator('.article-header .correction-notice')).toContainText('128 mégawatts, et non 64');
  await reader.screenshot({ path: 'test-results/corrections-story.png', fullPage: true });
  await reader.goto('/mises-a-jour?type=correction');
  await expect(reader.locator('.updates-item', { hasText: title })).toContainText('128 mégawatts, et non 64');
  expect(Date.now() - started).toBeLessThan(3_000);
  await reader.screenshot({ path: 'test-results/corrections-list.png', fullPage: true });
  const report = await e2eDb().errorReport.findFirstOrThrow({ where: { articleId: id }, include: { update: true } });
  expect(report.state).toBe('CORRECTED');
  expect(report.update?.note).toBe('La puissance est de 128 mégawatts, et non 64.');
  await reader.close();
});
