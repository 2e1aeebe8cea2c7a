/**
 * « La une »: an editor arranges Manchettes by drag and drop and by keyboard, previews it, publishes
 * it in one step, and readers get exactly that; an arrangement made while a colleague placed a story
 * from its own page is refused with both sides shown; the history restores an earlier front page.
 */
import { expect, test, type Page } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';
import { publishedStory } from './support/stories';

const unique = () => Date.now().toString(36);

/** Three new stories online, and a front page with nothing placed (the newest fill it). */
async function freshFront(page: Page, label: string) {
  const titles = [`${label} un ${unique()}`, `${label} deux ${unique()}`, `${label} trois ${unique()}`];
  for (const title of titles) await publishedStory(page, title);
  await e2eDb().article.updateMany({
    where: { placement: { not: 'NONE' } },
    data: { placement: 'NONE', frontPosition: null, pinnedUntil: null },
  });
  return titles as [string, string, string];
}

const candidate = (page: Page, title: string) => page.locator('.une-candidate').filter({ hasText: title });
const topItems = (page: Page) => page.locator('.une-top > li:not(.une-auto)');

test('an editor arranges the front page by drag and drop and keyboard, previews it, and readers get it', async ({ page, context }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const [one, two, three] = await freshFront(page, 'Une');
  await page.goto('/admin/une');
  await expect(page.getByRole('heading', { name: 'La une', exact: true })).toBeVisible();
  // Nothing placed: the newest story holds the lead, automatically.
  await expect(page.getByTestId('une-lead')).toContainText(three);
  await expect(page.getByTestId('une-lead')).toContainText('Automatique');

  // Drag a story onto the lead; add two as titles with the buttons.
  await candidate(page, one).dragTo(page.getByTestId('une-lead'));
  await expect(page.getByTestId('une-lead')).toContainText(one);
  await candidate(page, two).getByRole('button', { name: 'À la une' }).click();
  await candidate(page, three).getByRole('button', { name: 'À la une' }).click();
  await expect(topItems(page)).toHaveText([new RegExp(two), new RegExp(three)]);

  // Keyboard: Alt+↑ on the second title moves it first, and says so.
  await topItems(page).nth(1).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(topItems(page)).toHaveText([new RegExp(three), new RegExp(two)]);
  await expect(page.getByRole('status').filter({ hasText: 'titre 1 sur 2' })).toBeAttached();
  await expect(topItems(page).first()).toBeFocused();
  await expect(page.locator('.une-changes')).toContainText(`«\u00a0${one}\u00a0» passe en manchette principale.`);

  // The preview is Manchettes as readers will get it, before anything is published.
  const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Aperçu' }).click()]);
  await preview.waitForLoadState();
  await expect(preview.getByText('Aperçu de la une — pas encore publiée')).toBeVisible();
  await expect(preview.locator('.card-lead .card-title')).toHaveText(one);
  await expect(preview.locator('.home-top .card-title').first()).toHaveText(three);
  await preview.close();
  const readersBefore = await page.request.get('/');
  expect(await readersBefore.text()).not.toMatch(new RegExp(`card-lead[\\s\\S]{0,400}${one}`));

  await page.getByRole('button', { name: 'Publier la une' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'La une est publiée.' })).toBeVisible();
  const home = await page.context().newPage();
  await home.goto('/');
  await expect(home.locator('.card-lead .card-title')).toHaveText(one);
  await expect(home.locator('.home-top .card-title').nth(0)).toHaveText(three);
  await expect(home.locator('.home-top .card-title').nth(1)).toHaveText(two);
});

test('two editors at once: the arrangement made on an older front page is refused, both sides shown', async ({ page, browser }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const [one, two] = await freshFront(page, 'Conflit');
  await page.goto('/admin/une');
  await candidate(page, one).getByRole('button', { name: 'À la une' }).click();

  // Meanwhile a colleague puts a new story in the lead from its own page.
  const colleague = await (await browser.newContext()).newPage();
  await signInAs(colleague, await createTestUser('EDITOR', 'Aminata Faye (essai)'));
  const scoop = `Le scoop ${unique()}`;
  await publishedStory(colleague, scoop);
  await colleague.getByLabel('Manchette principale').check();
  await colleague.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(colleague.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();

  await page.getByRole('button', { name: 'Publier la une' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'La une a changé pendant que vous l’arrangiez' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('par Aminata Faye (essai)');
  await expect(conflict).toContainText(`«\u00a0${scoop}\u00a0» passe en manchette principale.`);
  await expect(conflict).toContainText(`«\u00a0${one}\u00a0» entre à la une`);
  // Nothing of the first editor's was published.
  expect((await e2eDb().article.findFirstOrThrow({ where: { title: one } })).placement).toBe('NONE');

  // Keeping theirs shows the colleague's lead; the first editor adds their title again and publishes.
  await conflict.getByRole('button', { name: 'Reprendre la une actuelle' }).click();
  await expect(page.getByTestId('une-lead')).toContainText(scoop);
  await candidate(page, two).getByRole('button', { name: 'À la une' }).click();
  await page.getByRole('button', { name: 'Publier la une' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'La une est publiée.' })).toBeVisible();
  const rows = await e2eDb().article.findMany({ where: { title: { in: [scoop, two] } }, select: { title: true, placement: true } });
  expect(Object.fromEntries(rows.map((row) => [row.title, row.placement]))).toEqual({ [scoop]: 'LEAD', [two]: 'TOP' });
});

test('the history restores an earlier front page as a new version', async ({ page }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const [one, two] = await freshFront(page, 'Histoire');
  await page.goto('/admin/une');
  await candidate(page, one).getByRole('button', { name: 'En manchette' }).click();
  await page.getByRole('button', { name: 'Publier la une' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'La une est publiée.' })).toBeVisible();
  const first = (await e2eDb().frontPageRevision.aggregate({ _max: { version: true } }))._max.version as number;
  await candidate(page, two).getByRole('button', { name: 'En manchette' }).click();
  await page.getByRole('button', { name: 'Publier la une' }).click();
  await expect(page.getByRole('status').filter({ hasText: `version ${first + 1}` })).toBeVisible();

  await page.getByRole('link', { name: 'Historique de la une' }).click();
  const kept = page.locator('.une-history > li').filter({ has: page.getByRole('heading', { name: `Version ${first}`, exact: true }) });
  await expect(kept).toContainText(`Manchette principale\u00a0: ${one}`);
  page.once('dialog', (dialog) => void dialog.accept());
  await kept.getByRole('button', { name: 'Rétablir cette une' }).click();
  await expect(page.getByRole('status').filter({ hasText: `La une de la version ${first} est rétablie` })).toBeVisible();
  const home = await page.context().newPage();
  await home.goto('/');
  await expect(home.locator('.card-lead .card-title')).toHaveText(one);
});
