/**
 * The body editor's « Lien »: a dialog that links the selected words to one of the site's stories,
 * found as you type, or to an address checked before anything changes; a link already in the text is
 * edited from the text or from the preview. The story searched for is the demo newsroom’s Biennale de Dakar.
 */
import { expect, test, type Page } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';
import { newDraft } from './support/stories';

/** Selects `from`…`to` of the body, as a mouse or the keyboard would. */
async function selectInBody(page: Page, from: number, to = from) {
  await page.locator('textarea[name="body"]').evaluate(
    (textarea: HTMLTextAreaElement, [start, end]) => {
      textarea.focus();
      textarea.setSelectionRange(start, end);
    },
    [from, to],
  );
}

test('a word linked to a story of the site, then to an outside address; a bad address changes nothing', async ({ page }) => {
  const demo = await e2eDb().article.findFirstOrThrow({
    where: { title: { startsWith: 'Biennale de Dakar' }, status: 'PUBLISHED' },
    select: { slug: true, rubrique: { select: { slug: true } } },
  });
  const storyAddress = `/${demo.rubrique.slug}/${demo.slug}`;
  await signInAs(page, await createTestUser('EDITOR'));
  const body = 'Le vernissage a attiré la foule.\n\nDeuxième paragraphe du récit.';
  const id = await newDraft(page, `Nuit des galeries ${Date.now().toString(36)}`, body);
  const textarea = page.locator('textarea[name="body"]');

  // « vernissage » selected, « Lien »: a modal dialog, the words already in it.
  await selectInBody(page, 3, 13);
  await page.getByRole('button', { name: 'Lien', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Insérer un lien' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Texte du lien')).toHaveValue('vernissage');
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);

  // A story of the site, found by words of its title, shown with its rubrique and date.
  await dialog.getByLabel('Vers un article du site').fill('biennale ouverture');
  const result = dialog.getByRole('button', { name: /Biennale de Dakar.*une ouverture/ });
  await expect(result).toContainText('Culture');
  await result.click();
  await expect(dialog).toBeHidden();
  await expect(textarea).toHaveValue(`Le [vernissage](${storyAddress}) a attiré la foule.\n\nDeuxième paragraphe du récit.`);
  await expect(page.getByRole('status').filter({ hasText: 'Lien inséré.' })).toBeVisible();

  // The caret inside the link: « Lien » edits it. A bad address: a French message, nothing changed.
  await selectInBody(page, 8);
  await page.getByRole('button', { name: 'Lien', exact: true }).click();
  const editing = page.getByRole('dialog', { name: 'Modifier le lien' });
  await expect(editing.getByLabel('Texte du lien')).toHaveValue('vernissage');
  const address = editing.getByLabel('Ou vers l’adresse');
  await expect(address).toHaveValue(storyAddress);
  await address.fill('javascript:alert(1)');
  await editing.getByRole('button', { name: 'Modifier le lien' }).click();
  await expect(editing.getByRole('alert')).toContainText('Adresse refusée\u00a0: une adresse extérieure commence par https://');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(editing).toBeHidden();
  await expect(textarea).toHaveValue(`Le [vernissage](${storyAddress}) a attiré la foule.\n\nDeuxième paragraphe du récit.`);

  // A click on the link in the preview opens the same dialog: now an outside address.
  await page.locator('.md-editor-preview a', { hasText: 'vernissage' }).click();
  expect(new URL(page.url()).pathname).toBe(`/admin/articles/${id}`);
  await expect(editing.getByLabel('Ou vers l’adresse')).toHaveValue(storyAddress);
  await editing.getByLabel('Ou vers l’adresse').fill('https://www.biennaledakar.org/programme');
  await editing.getByRole('button', { name: 'Modifier le lien' }).click();
  await expect(editing).toBeHidden();
  const linked = 'Le [vernissage](https://www.biennaledakar.org/programme) a attiré la foule.\n\nDeuxième paragraphe du récit.';
  await expect(textarea).toHaveValue(linked);

  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id } })).body).toBe(linked);
});
