/**
 * The desk's review (#25): a story sent back says why on its author's list, the story's discussion
 * leaves the form's typing alone, « Publier » asks first, and the history opens on the newest change
 * with each version's act.
 */
import { expect, test, type Page } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';
import { newDraft, publishNow } from './support/stories';

const unique = () => Date.now().toString(36);

/** Answers the next dialog and gives back what it asked. */
function answerNextDialog(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
  });
}

test('an editor sends a story back with a reason: its author reads who, when and why on their list', async ({ browser }) => {
  test.slow(); // two people, two browsers
  const title = `Budget municipal ${unique()}`;
  const journalistPage = await (await browser.newContext()).newPage();
  await signInAs(journalistPage, await createTestUser('JOURNALIST'));
  const id = await newDraft(journalistPage, title);
  await journalistPage.getByRole('button', { name: 'Soumettre à la relecture' }).click();
  await expect(journalistPage.getByRole('status').filter({ hasText: 'Soumis à la relecture.' })).toBeVisible();

  const editorPage = await (await browser.newContext()).newPage();
  const editor = await createTestUser('EDITOR', `Awa Ndiaye ${unique()}`);
  await signInAs(editorPage, editor);
  await editorPage.goto(`/admin/articles/${id}`);
  await editorPage.getByLabel('Motif du renvoi').fill('Il manque la réaction du maire.');
  await editorPage.getByRole('button', { name: 'Renvoyer en brouillon' }).click();
  await expect(editorPage.getByRole('status').filter({ hasText: 'Revenu au brouillon' })).toBeVisible();

  await journalistPage.goto('/admin');
  const row = journalistPage.getByRole('row').filter({ hasText: title });
  await expect(row.locator('.sent-back-row')).toHaveText(
    new RegExp(
      // (\s: Playwright may compare the no-break spaces as spaces.)
      `^Renvoyé par ${editor.name} le \\d{1,2}(er)?\\s\\S+ à \\d{1,2}\\sh\\s\\d{2}\\s: Il manque la réaction du maire\\.$`,
    ),
  );
  // Editors read it on their list too.
  await editorPage.goto('/admin?statut=DRAFT');
  await expect(editorPage.getByRole('row').filter({ hasText: title }).locator('.sent-back-row')).toContainText(
    'Il manque la réaction du maire.',
  );
});

test('a message in the discussion leaves the form’s unsaved typing as it is', async ({ page, browser }) => {
  test.slow(); // two people, two browsers
  const journalist = await createTestUser('JOURNALIST');
  await signInAs(page, journalist);
  const id = await newDraft(page, `Discussion ${unique()}`);
  const body = page.locator('textarea[name="body"]');
  const typed = 'Premier paragraphe du récit, repris.\n\nUn paragraphe tapé et pas encore enregistré.';
  await body.fill(typed);
  await page.getByLabel('Titre', { exact: true }).fill('Un titre changé, pas encore enregistré');
  await expect(page.getByText('Modifications non enregistrées')).toBeVisible();

  const discussion = page.getByRole('region', { name: 'Discussion' });
  // Empty: refused beside the field, nothing sent.
  await discussion.getByRole('button', { name: 'Envoyer' }).click();
  await expect(discussion.getByText('Écrivez votre message avant de l’envoyer.')).toBeVisible();
  await discussion.getByLabel('Votre message').fill('Je rappelle le maire cet après-midi.\nOn en reparle à 16 h.');
  await discussion.getByRole('button', { name: 'Envoyer' }).click();
  const thread = discussion.getByRole('list', { name: 'Messages, du plus ancien au plus récent' });
  await expect(thread.getByRole('listitem')).toHaveCount(1);
  await expect(thread.getByRole('listitem').first()).toContainText(journalist.name);
  await expect(thread.locator('.discussion-body')).toHaveText('Je rappelle le maire cet après-midi.\nOn en reparle à 16 h.');
  await expect(discussion.getByLabel('Votre message')).toHaveValue('');

  // The form is as it was: the typing is there, still unsaved, and nothing reached the story.
  await expect(body).toHaveValue(typed);
  await expect(page.getByLabel('Titre', { exact: true })).toHaveValue('Un titre changé, pas encore enregistré');
  await expect(page.getByText('Modifications non enregistrées')).toBeVisible();
  const story = await e2eDb().article.findUniqueOrThrow({ where: { id }, select: { body: true, version: true } });
  expect(story).toMatchObject({ version: 1 });
  expect(story.body).not.toContain('pas encore enregistré');

  // An editor reads it beside the form and answers; the history keeps the thread.
  const editorPage = await (await browser.newContext()).newPage();
  await signInAs(editorPage, await createTestUser('EDITOR'));
  await editorPage.goto(`/admin/articles/${id}`);
  const editorThread = editorPage.getByRole('region', { name: 'Discussion' });
  await expect(editorThread.locator('.discussion-body')).toHaveText(['Je rappelle le maire cet après-midi.\nOn en reparle à 16 h.']);
  await editorThread.getByLabel('Votre message').fill('Parfait, merci.');
  await editorThread.getByLabel('Votre message').press('Control+Enter');
  await expect(editorThread.locator('.discussion-body')).toHaveCount(2);
  await editorPage.goto(`/admin/articles/${id}/historique`);
  await expect(editorPage.getByRole('region', { name: 'Discussion' }).locator('.discussion-body')).toHaveText([
    'Je rappelle le maire cet après-midi.\nOn en reparle à 16 h.',
    'Parfait, merci.',
  ]);
});

test('« Publier » asks first: no, and nothing is published; yes, and it is online', async ({ page }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const id = await newDraft(page, `Confirmation ${unique()}`);
  const refused = answerNextDialog(page, false);
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  expect(await refused).toBe('Publier cet article\u202f? Il sera aussitôt visible des lecteurs.');
  await page.waitForTimeout(300);
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');

  await publishNow(page);
  await expect(page.getByRole('status').filter({ hasText: 'Publié' })).toBeVisible();
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id } })).status).toBe('PUBLISHED');
});

test('a scheduled story is taken back with « Annuler la programmation », after a confirmation', async ({ page }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const id = await newDraft(page, `Programmation ${unique()}`);
  await page.getByLabel('Programmer la publication le').fill('2031-03-04T09:30');
  await page.getByRole('button', { name: 'Programmer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Publication programmée.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dépublier' })).toHaveCount(0);
  const asked = answerNextDialog(page, true);
  await page.getByRole('button', { name: 'Annuler la programmation' }).click();
  expect(await asked).toMatch(/^Annuler la programmation\u202f\? L’article ne sera pas publié/);
  await expect(page.getByRole('status').filter({ hasText: 'Programmation annulée' })).toBeVisible();
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
});

test('the title grows with a long headline and Enter adds no line', async ({ page }) => {
  await signInAs(page, await createTestUser('JOURNALIST'));
  await newDraft(page, `Titre court ${unique()}`);
  const title = page.getByLabel('Titre', { exact: true });
  const oneLine = (await title.boundingBox())?.height ?? 0;
  const long = 'Au conseil municipal de Dakar, le budget adopté après une nuit de débats sur les marchés, les routes et l’eau potable';
  await title.fill(long);
  expect((await title.boundingBox())?.height ?? 0).toBeGreaterThan(oneLine * 1.5);
  await title.press('End');
  await title.press('Enter');
  await expect(title).toHaveValue(long);
  // Nothing was submitted either.
  await expect(page.getByText('Modifications non enregistrées')).toBeVisible();
});

test('the history opens on the newest change and names each version by its act', async ({ page }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const id = await newDraft(page, `Historique ${unique()}`);
  await page.locator('textarea[name="body"]').fill('Premier paragraphe du récit, complété par une source.\n\nDeuxième paragraphe.');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();
  await publishNow(page);
  await expect(page.getByRole('status').filter({ hasText: 'Publié' })).toBeVisible();

  await page.goto(`/admin/articles/${id}/historique`);
  // The publication changed no text: the comparison shown is the save before it.
  await expect(page.getByLabel('De la version')).toHaveValue('1');
  await expect(page.getByLabel('À la version')).toHaveValue('2');
  await expect(page.locator('.history-pair')).toContainText('De la version 1 (créé,');
  await expect(page.locator('.history-pair')).toContainText('à la version 2 (enregistré,');
  await expect(page.locator('.history-diff ins.diff-added').filter({ hasText: 'complété' }).first()).toBeVisible();
  const acts = page.getByRole('region', { name: 'Toutes les versions' }).locator('tbody tr td:nth-child(2)');
  await expect(acts).toHaveText(['publié', 'enregistré', 'créé']);
  await expect(page.getByLabel('De la version').locator('option').first()).toHaveText(/^Version 3 \(publié\) — /);
});
