/** Stories written through the newsroom's own form, as a journalist or an editor would. */
import { expect, type Page } from '@playwright/test';

/** A draft in « Politique » written by the person signed in on `page`; its id (its edit page stays open). */
export async function newDraft(
  page: Page,
  title: string,
  body = 'Premier paragraphe du récit, assez long pour être publié.\n\nDeuxième paragraphe.',
): Promise<string> {
  await page.goto('/admin/articles/nouveau');
  await formReady(page);
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel('Chapô').fill('Un chapô qui résume l’essentiel en une phrase.');
  await page.locator('textarea[name="body"]').fill(body);
  await page.getByLabel('Rubrique').selectOption({ label: 'Politique' });
  await page.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[^/?]+\?cree=1/);
  return new URL(page.url()).pathname.split('/').at(-1) as string;
}

/**
 * « Publier » on the story form open on `page`, saying yes to its confirmation (the question is
 * checked: publishing must ask). Does not wait for the result.
 */
export async function publishNow(page: Page): Promise<void> {
  const asked = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    });
  });
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  expect(await asked).toMatch(/^Publier cet article/);
}

/** The same, published at once by the editor signed in on `page`. */
export async function publishedStory(page: Page, title: string, body?: string): Promise<string> {
  const id = await newDraft(page, title, body);
  await publishNow(page);
  await expect(page.getByRole('status').filter({ hasText: 'Publié' })).toBeVisible();
  return id;
}

/** Waits until the story form on `page` is React's (typing before that may not reach its state). */
export async function formReady(page: Page): Promise<void> {
  await expect(page.locator('form.article-form[data-ready]')).toBeAttached();
}
