/**
 * The rubriques screen as an editor uses it on deadline: a rubrique's address changes and every old
 * link still leads to the right page; a new rubrique stays out of the readers' menu until it has a
 * story online or an editor shows it; the menu's order is changed in place, without a reload.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';
import { publishNow } from './support/stories';

const unique = () => Date.now().toString(36);

/** The readers' menu on the home page, as a reader (no session) gets it. */
async function publicMenu(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/')).text();
  return html.match(/<nav class="site-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';
}

async function createRubrique(page: Page, name: string, slug: string) {
  await page.goto('/admin/rubriques');
  const form = page.locator('section', { has: page.getByRole('heading', { name: 'Nouvelle rubrique' }) });
  await form.getByLabel('Nom').fill(name);
  await form.getByLabel('Adresse (facultatif)').fill(slug);
  await form.getByRole('button', { name: 'Créer la rubrique' }).click();
  await expect(form.getByRole('status')).toContainText(`Rubrique « ${name} » créée (/${slug})`);
}

/** The row of the rubriques table that edits `name`. */
const rowOf = (page: Page, name: string) =>
  page.locator('.rubriques-table tbody tr', { has: page.locator(`input[name="name"][value="${name}"]`) });

async function removeRubriques(slugs: string[]) {
  const ids = (await e2eDb().rubrique.findMany({ where: { slug: { in: slugs } }, select: { id: true } })).map((r) => r.id);
  await e2eDb().article.deleteMany({ where: { rubriqueId: { in: ids } } });
  await e2eDb().rubrique.deleteMany({ where: { id: { in: ids } } });
}

test('a rubrique changes address: its page and its stories’ old addresses answer 301 to the new ones', async ({ page, request }) => {
  const u = unique();
  const name = `Climat ${u}`;
  const first = `climat-${u}`;
  const moved = `climat-et-environnement-${u}`;
  await signInAs(page, await createTestUser('EDITOR'));
  try {
    await createRubrique(page, name, first);
    await expect(rowOf(page, name).getByText('Masquée du menu jusqu’à son premier article')).toBeVisible();
    // A rubrique out of the menu is still one the newsroom writes in.
    await page.goto('/admin/articles/nouveau');
    await page.getByLabel('Titre', { exact: true }).fill(`La saison des pluies ${u}`);
    await page.getByLabel('Chapô').fill('Un chapô qui résume l’essentiel en une phrase.');
    await page.locator('textarea[name="body"]').fill('Premier paragraphe du récit, assez long pour être publié.\n\nDeuxième paragraphe.');
    await page.getByLabel('Rubrique').selectOption({ label: name });
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/[^/?]+\?cree=1/);
    const id = new URL(page.url()).pathname.split('/').at(-1) as string;

    // The home page is kept in the page cache: its first story online must still bring the rubrique in.
    await request.get('/');
    expect((await request.get('/')).headers()['x-cache']).toBe('HIT');
    expect(await publicMenu(request)).not.toContain(name);
    await publishNow(page);
    await expect(page.getByRole('status').filter({ hasText: 'Publié' })).toBeVisible();
    await expect.poll(() => publicMenu(request)).toContain(`href="/${first}"`);

    const { slug } = await e2eDb().article.findUniqueOrThrow({ where: { id }, select: { slug: true } });
    // Read once, so the story's page is kept under its address.
    expect((await request.get(`/${first}/${slug}`)).status()).toBe(200);
    expect((await request.get(`/${first}/${slug}`)).headers()['x-cache']).toBe('HIT');

    await page.goto('/admin/rubriques');
    const row = rowOf(page, name);
    await row.getByLabel('Adresse').fill(moved);
    await row.getByRole('button', { name: `Enregistrer la rubrique ${name}` }).click();
    await expect(row.getByRole('status')).toContainText(`Sa nouvelle adresse est /${moved}`);
    await expect(row.getByText(new RegExp(`Redirigées ici.*/${first}`))).toBeVisible();

    const oldStory = await request.get(`/${first}/${slug}`, { maxRedirects: 0 });
    expect(oldStory.status()).toBe(301);
    expect(oldStory.headers()['location']).toBe(`/${moved}/${slug}`);
    const oldRubrique = await request.get(`/${first}?page=2`, { maxRedirects: 0 });
    expect(oldRubrique.status()).toBe(301);
    expect(oldRubrique.headers()['location']).toBe(`/${moved}?page=2`);
    const oldFeed = await request.get(`/${first}/rss.xml`, { maxRedirects: 0 });
    expect(oldFeed.status()).toBe(301);
    expect(oldFeed.headers()['location']).toBe(`/${moved}/rss.xml`);

    // Followed, the old story address leads to the story at its new, canonical address.
    await page.goto(`/${first}/${slug}`);
    await expect(page).toHaveURL(new RegExp(`/${moved}/${slug}$`));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${moved}/${slug}$`));
    await expect(page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name })).toHaveAttribute('href', `/${moved}`);

    // The story form shows the new public address.
    await page.goto(`/admin/articles/${id}`);
    await expect(page.getByRole('link', { name: `/${moved}/${slug}` }).first()).toBeVisible();

    // Another rubrique may not take the old address: it still leads here.
    await createRubriqueRefused(page, `Climat bis ${u}`, first);
  } finally {
    await removeRubriques([moved, first]);
  }
});

async function createRubriqueRefused(page: Page, name: string, slug: string) {
  await page.goto('/admin/rubriques');
  const form = page.locator('section', { has: page.getByRole('heading', { name: 'Nouvelle rubrique' }) });
  await form.getByLabel('Nom').fill(name);
  await form.getByLabel('Adresse (facultatif)').fill(slug);
  await form.getByRole('button', { name: 'Créer la rubrique' }).click();
  await expect(form.getByRole('alert')).toContainText('a été celle de la rubrique');
  expect(await e2eDb().rubrique.count({ where: { name } })).toBe(0);
}

test('a new rubrique is out of the menu until shown; two rubriques change places without a reload, and the menu follows', async ({
  page,
  request,
}) => {
  const u = unique();
  const [a, b] = [`Ouest ${u}`, `Est ${u}`];
  const slugs = [`ouest-${u}`, `est-${u}`];
  await signInAs(page, await createTestUser('EDITOR'));
  try {
    await createRubrique(page, a, slugs[0]);
    await createRubrique(page, b, slugs[1]);
    expect(await publicMenu(request)).not.toContain(a);

    await page.goto('/admin/rubriques');
    for (const name of [a, b]) {
      await rowOf(page, name)
        .getByRole('button', { name: `Afficher dans le menu la rubrique ${name}` })
        .click();
      await expect(rowOf(page, name).getByRole('status')).toHaveText('Rubrique affichée dans le menu.');
      await expect(rowOf(page, name).getByText('Visible dans le menu')).toBeVisible();
    }
    await expect.poll(() => publicMenu(request)).toContain(b);
    const menu = await publicMenu(request);
    expect(menu.indexOf(a)).toBeLessThan(menu.indexOf(b));

    // Moves happen on the page itself: nothing reloads (the marker would go).
    await page.evaluate(() => Object.assign(window, { sansRechargement: true }));
    const order = page.locator('.rubrique-order-list li');
    const names = () => order.locator('.rubrique-order-name').allInnerTexts();
    const before = await names();
    const up = page.getByRole('button', { name: `Monter ${b}` });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(up).toBeFocused();
    const position = before.findIndex((text) => text.includes(b));
    await expect(page.locator('[aria-live="polite"]')).toHaveText(`${b} est maintenant en ${position}ᵉ position sur ${before.length}.`);
    const after = await names();
    expect(after.findIndex((text) => text.includes(b))).toBe(position - 1);
    expect(after.findIndex((text) => text.includes(a))).toBe(position);
    await expect(page.getByText('L’ordre n’est pas encore enregistré.')).toBeVisible();
    // Not saved yet: readers still see the old order.
    expect((await publicMenu(request)).indexOf(a)).toBeLessThan((await publicMenu(request)).indexOf(b));

    await page.getByRole('button', { name: 'Enregistrer l’ordre' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ordre du menu enregistré.' })).toBeVisible();
    await expect(page.getByText('L’ordre n’est pas encore enregistré.')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { sansRechargement?: boolean }).sansRechargement)).toBe(true);

    await expect
      .poll(async () => {
        const html = await publicMenu(request);
        return html.indexOf(b) < html.indexOf(a);
      })
      .toBe(true);
    // The table below follows the saved order too.
    const rows = await page
      .locator('.rubriques-table input[name="name"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(rows.indexOf(b)).toBeLessThan(rows.indexOf(a));
  } finally {
    await removeRubriques(slugs);
  }
});
