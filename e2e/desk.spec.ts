/**
 * The desk on deadline: two people on one story at once. Nothing either writes is lost: what does
 * not overlap is merged and saved, what overlaps is offered side by side until someone chooses.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';
import { formReady, newDraft, publishedStory, publishNow } from './support/stories';

const unique = () => Date.now().toString(36);

const BODY = [
  'Le conseil municipal a voté le budget mardi soir.',
  'La majorité a rappelé ses priorités. L’opposition a quitté la salle.',
  'Le maire a promis un bilan en juin.',
].join('\n\n');

/** Two editors with the same published story open, the second opened after the first. */
async function twoEditorsOnOneStory(browser: Browser): Promise<{ id: string; slug: string; first: Page; second: Page }> {
  const first = await (await browser.newContext()).newPage();
  await signInAs(first, await createTestUser('EDITOR'));
  const id = await publishedStory(first, `Budget municipal ${unique()}`, BODY);
  const { slug } = await e2eDb().article.findUniqueOrThrow({ where: { id }, select: { slug: true } });
  const second = await (await browser.newContext()).newPage();
  await signInAs(second, await createTestUser('EDITOR'));
  await second.goto(`/admin/articles/${id}`);
  await first.reload();
  await formReady(first);
  await formReady(second);
  return { id, slug, first, second };
}

test('two editors change different paragraphs at once: both changes are saved and online', async ({ browser }) => {
  const { id, slug, first, second } = await twoEditorsOnOneStory(browser);
  await first.locator('textarea[name="body"]').fill(BODY.replace('mardi soir', 'mardi soir, à une voix près'));
  await first.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();

  // The second editor started from the version before: their save meets the first one's and merges.
  await second.getByLabel('Titre', { exact: true }).fill('Budget municipal : la majorité passe en force');
  await second.locator('textarea[name="body"]').fill(BODY.replace('en juin', 'en juin, quartier par quartier'));
  await second.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(second.getByRole('status').filter({ hasText: 'ne se chevauchaient pas' })).toBeVisible();
  const saved = await e2eDb().article.findUniqueOrThrow({ where: { id } });
  expect(saved.body).toBe(BODY.replace('mardi soir', 'mardi soir, à une voix près').replace('en juin', 'en juin, quartier par quartier'));
  expect(saved.title).toBe('Budget municipal : la majorité passe en force');
  // The form shows the merged text, and has nothing left to save.
  await expect(second.locator('textarea[name="body"]')).toHaveValue(saved.body);
  await expect(second.getByText('Modifications non enregistrées')).toHaveCount(0);

  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto(`/politique/${slug}`);
  await expect(reader.locator('main')).toContainText('à une voix près');
  await expect(reader.locator('main')).toContainText('quartier par quartier');
});

test('two editors change the same sentence: both versions are offered, and the one who chooses keeps both', async ({ browser }) => {
  const { id, first, second } = await twoEditorsOnOneStory(browser);
  const theirs = BODY.replace('L’opposition a quitté la salle.', 'L’opposition a quitté la salle en signe de protestation.');
  await first.locator('textarea[name="body"]').fill(theirs);
  await first.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();

  const mine = BODY.replace('L’opposition a quitté la salle.', 'L’opposition, elle, a quitté la salle avant le vote.').replace(
    'mardi soir',
    'mardi',
  );
  await second.locator('textarea[name="body"]').fill(mine);
  await second.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'un passage a été modifié des deux côtés' })).toBeVisible();
  // Nothing saved over the first editor's text; the form still holds the second one's.
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id } })).body).toBe(theirs);
  await expect(second.locator('textarea[name="body"]')).toHaveValue(mine);

  const panel = second.locator('.conflict-panel');
  const passage = panel.locator('.merge-conflict');
  await expect(passage).toHaveCount(1);
  await expect(passage.locator('.merge-side').first()).toContainText('avant le vote');
  await expect(passage.locator('.merge-side').nth(1)).toContainText('en signe de protestation');
  // Applying before choosing says what is missing and changes nothing.
  await panel.getByRole('button', { name: 'Appliquer la fusion' }).click();
  await expect(
    second.getByRole('alert').filter({ hasText: 'Choisissez d’abord ce qu’il faut garder pour le passage restant' }),
  ).toBeVisible();
  await expect(second.locator('textarea[name="body"]')).toHaveValue(mine);

  await passage.getByLabel('Garder les deux, la mienne d’abord').check();
  await panel.getByRole('button', { name: 'Appliquer la fusion' }).click();
  await expect(second.locator('.notice-info').filter({ hasText: 'Fusion appliquée avec la version 3' })).toBeVisible();
  // The comparison with the colleague's version stays until the save.
  await expect(second.locator('.merge-review')).toBeVisible();
  await second.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();
  const body = (await e2eDb().article.findUniqueOrThrow({ where: { id } })).body;
  expect(body).toContain('avant le vote');
  expect(body).toContain('en signe de protestation');
  // The paragraph only the second editor changed is theirs, merged without a question.
  expect(body).toContain('a voté le budget mardi.');
  await expect(second.locator('.merge-review')).toHaveCount(0);
});

test('a restore before a correction asks what readers will be told, then puts both online', async ({ page, browser }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const id = await publishedStory(page, `Le coût du port ${unique()}`, 'Le port a coûté 1,2 milliard de francs CFA.');
  await page.locator('textarea[name="body"]').fill('Le port a coûté 1,4 milliard de francs CFA.');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();
  await page.getByLabel('Type').selectOption('CORRECTION');
  await page.getByLabel('Note publique').fill('Le coût est de 1,4 milliard, et non 1,2 milliard.');
  await page.getByRole('button', { name: 'Publier la correction' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'La mention' })).toBeVisible();

  // The version with the wrong figure: its restore goes through a page that says what it takes back.
  await page.goto(`/admin/articles/${id}/historique`);
  await page.getByRole('link', { name: /Restaurer cette version… \(2,/ }).click();
  await expect(page.getByRole('heading', { name: 'Une mention publique dit le contraire' })).toBeVisible();
  await expect(page.locator('.restore-entries')).toContainText('Le coût est de 1,4 milliard, et non 1,2 milliard.');
  await expect(page.locator('.diff del').first()).toContainText('4');
  // Without a choice: a French message, nothing restored.
  await page.getByRole('button', { name: 'Restaurer la version 2 et informer les lecteurs' }).click();
  await expect(page.locator('.restore-form-panel [role="alert"]')).toContainText('dites ce que les lecteurs en sauront');
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id } })).body).toContain('1,4 milliard');

  await page.getByLabel('Publier une nouvelle mention avec le texte restauré').check();
  await page.getByLabel('Note publique').fill('Le ministère confirme 1,2 milliard : le premier chiffre est rétabli.');
  await page.getByRole('button', { name: 'Restaurer la version 2 et informer les lecteurs' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}\\?restaure=2`));
  const { slug, body } = await e2eDb().article.findUniqueOrThrow({ where: { id } });
  expect(body).toBe('Le port a coûté 1,2 milliard de francs CFA.');
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto(`/politique/${slug}`);
  await expect(reader.locator('main')).toContainText('1,2 milliard');
  await expect(reader.locator('main')).toContainText('Le ministère confirme 1,2 milliard');
});

test('a new « Manchette principale » names the lead it replaces, which goes to « À la une »', async ({ page }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const oldTitle = `Ancienne manchette ${unique()}`;
  const oldId = await publishedStory(page, oldTitle, 'Premier paragraphe du récit, assez long pour être publié.');
  await page.getByLabel('Manchette principale').check();
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();

  await newDraft(page, `Nouvelle manchette ${unique()}`);
  // Before choosing: the form says which story leads today and where it would go.
  await expect(
    page.getByText(`Aujourd’hui\u00a0: «\u00a0${oldTitle}\u00a0», qui passera en tête des titres «\u00a0À la une\u00a0»`),
  ).toBeVisible();
  await page.getByLabel('Manchette principale').check();
  await publishNow(page);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `«\u00a0${oldTitle}\u00a0» passe de la manchette principale à la une, en tête des titres.` }),
  ).toBeVisible();
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id: oldId } })).placement).toBe('TOP');
});

test('a page closed mid-typing: the text is offered back on another device, then saved', async ({ browser }) => {
  const journalist = await createTestUser('JOURNALIST');
  const laptop = await (await browser.newContext()).newPage();
  await signInAs(laptop, journalist);
  const id = await newDraft(laptop, `Reprise ${unique()}`, 'Premier paragraphe.');

  const typed = 'Premier paragraphe.\n\nUn deuxième paragraphe, tapé juste avant la coupure.';
  await laptop.locator('textarea[name="body"]').fill(typed);
  await expect(laptop.getByText(/Modifications gardées à/)).toBeVisible({ timeout: 10_000 });
  // The tab is closed without saving (the leave warning is not a save).
  await laptop.context().close();

  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signInAs(phone, journalist);
  await phone.goto(`/admin/articles/${id}`);
  await expect(phone.getByText(/Reprendre les modifications non enregistrées du \d+\sdécembre\s\d{4}\sà\s\d+\sh\s\d+/)).toBeVisible();
  await expect(phone.locator('textarea[name="body"]')).toHaveValue('Premier paragraphe.');
  await phone.getByRole('button', { name: 'Reprendre', exact: true }).click();
  await expect(phone.locator('textarea[name="body"]')).toHaveValue(typed);
  await phone.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id } })).body).toBe(typed);
  // Saved: nothing left to offer.
  expect(await e2eDb().workingCopy.count({ where: { articleId: id } })).toBe(0);
  await phone.reload();
  await expect(phone.getByText(/Reprendre les modifications non enregistrées/)).toHaveCount(0);
});
