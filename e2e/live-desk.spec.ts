/**
 * « Fil du direct »: an editor opens a published story as a live; two journalists post at the same
 * moment from two browsers and both entries are listed; the editor pins one and withdraws one (as a
 * duplicate); closing the live shows it closed. The public page answers 200 (its markup is tested
 * with the readers' rendering).
 */
import { expect, test, type Page } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { publishedStory } from './support/stories';

const entries = (page: Page) => page.getByRole('list', { name: /Entrées, de la plus récente/ });
const entry = (page: Page, text: string) => entries(page).getByRole('listitem').filter({ hasText: text });

async function post(page: Page, text: string) {
  await page.getByLabel('Nouvelle entrée', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Publier l’entrée' }).click();
}

test('an editor opens a live, two journalists post at once, the editor pins, withdraws and closes', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAs(page, await createTestUser('EDITOR'));
  const title = `Direct des élections ${Date.now()}`;
  const id = await publishedStory(page, title);
  await page.reload();

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Ouvrir en direct' }).click();
  await page.getByRole('link', { name: 'Fil du direct' }).click();
  await expect(page).toHaveURL(`/admin/articles/${id}/direct`);
  await expect(page.getByText('En direct', { exact: true })).toBeVisible();

  const journalists = await Promise.all(
    ['Awa', 'Moussa'].map(async (name) => {
      const context = await browser.newContext();
      const desk = await context.newPage();
      await signInAs(desk, await createTestUser('JOURNALIST', `${name} ${Date.now()}`));
      await desk.goto(`/admin/articles/${id}/direct`);
      return desk;
    }),
  );
  const [awa, moussa] = journalists;
  await awa.getByLabel('Nouvelle entrée', { exact: true }).fill('Premiers résultats à Thiès');
  await moussa.getByLabel('Nouvelle entrée', { exact: true }).fill('Participation de 48 % à midi');
  await Promise.all([
    awa.getByRole('button', { name: 'Publier l’entrée' }).click(),
    moussa.getByRole('button', { name: 'Publier l’entrée' }).click(),
  ]);
  for (const desk of journalists) {
    await expect(desk.getByRole('status').filter({ hasText: 'Entrée publiée.' })).toBeVisible();
    await expect(desk.getByLabel('Nouvelle entrée', { exact: true })).toHaveValue('');
  }
  await awa.reload();
  await expect(entry(awa, 'Premiers résultats à Thiès')).toBeVisible();
  await expect(entry(awa, 'Participation de 48 % à midi')).toBeVisible();
  // A journalist may not pin or withdraw.
  await expect(entry(awa, 'Premiers résultats').getByRole('button', { name: 'Épingler' })).toHaveCount(0);
  await expect(entry(awa, 'Premiers résultats').getByRole('button', { name: 'Retirer' })).toHaveCount(0);
  await expect(entry(awa, 'Premiers résultats').getByRole('button', { name: 'Modifier' })).toBeVisible();
  await expect(entry(awa, 'Participation').getByRole('button', { name: 'Modifier' })).toHaveCount(0);

  // An empty entry is refused; the other field keeps what is typed.
  await post(awa, '   ');
  await expect(awa.getByText('Écrivez le texte de l’entrée avant de la publier.')).toBeVisible();

  await page.reload();
  await post(page, 'Participation de 48 % à midi (doublon)');
  await expect(entry(page, '(doublon)')).toBeVisible();
  await entry(page, 'Premiers résultats').getByRole('button', { name: 'Épingler' }).click();
  await expect(entry(page, 'Premiers résultats').getByText('Épinglée', { exact: true })).toBeVisible();
  await expect(entry(page, 'Premiers résultats').getByRole('button', { name: 'Désépingler' })).toBeVisible();

  const duplicate = entry(page, '(doublon)');
  await duplicate.getByRole('button', { name: 'Retirer' }).click();
  await duplicate.getByLabel('C’est un doublon').check();
  await duplicate.getByRole('button', { name: 'Confirmer le retrait' }).click();
  await expect(duplicate.getByText(/^Retirée \(doublon\)/)).toBeVisible();
  await expect(duplicate.getByRole('button', { name: 'Modifier' })).toHaveCount(0);

  for (const [width, name] of [
    [1280, 'desktop'],
    [390, 'mobile'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/live-desk-${name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Clore le direct' }).click();
  await expect(page.getByText('Direct terminé', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rouvrir le direct' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publier l’entrée' })).toHaveCount(0);
  await expect(page.getByText(/^Ce direct est terminé/)).toBeVisible();

  // A journalist's page opened before the close: the post is refused, the text stays.
  await post(moussa, 'Trop tard');
  await expect(moussa.getByText('Ce direct est terminé\u00a0: rouvrez-le pour publier.')).toBeVisible();
  await expect(moussa.getByLabel('Nouvelle entrée', { exact: true })).toHaveValue('Trop tard');

  const publicHref = await page.getByRole('link', { name: /Voir la page publique/ }).getAttribute('href');
  const answer = await page.request.get(publicHref as string);
  expect(answer.status()).toBe(200);
});
