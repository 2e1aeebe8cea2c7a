/**
 * « Réglages du site » as an admin uses it on the first day: the site's name, line, logo and
 * « mentions légales » change on every readers' page at once (pages kept in the cache included), the
 * change is in the journal; an SVG logo carrying a script is refused in French and changes nothing;
 * editors cannot open the screen. The identity is put back as it was at the end (the other specs
 * read the demo's).
 */
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb, publishedArticlePath } from './support/db';

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 80"><rect width="360" height="80" rx="8" fill="#16181d"/><rect x="24" y="58" width="312" height="8" fill="#9f1820"/><circle cx="50" cy="34" r="18" fill="#f5c542"/></svg>';
const HOSTILE = LOGO.replace('<rect', '<script>document.title="piraté"</script><rect');

async function openSettings(page: Page) {
  await page.goto('/admin/reglages');
  await expect(page.locator('form.site-settings[data-ready]')).toBeVisible();
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Réglages enregistrés' });

test('an admin changes the site’s identity: every page shows it at once, and the journal keeps it', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const u = Date.now().toString(36);
  const before = await e2eDb().siteSetting.findUnique({ where: { key: 'identity' }, select: { value: true } });
  await signInAs(page, await createTestUser('ADMIN'));
  const reader = await browser.newPage();
  // Manchettes is in the page cache before the change: the change must still reach it.
  await reader.goto('/');
  await reader.goto('/');
  const original = { name: '', tagline: '' };
  await openSettings(page);
  original.name = await page.getByLabel('Nom du site').inputValue();
  original.tagline = await page.getByLabel('Devise').inputValue();
  expect(original.tagline).toBe('Manchettes, politique et culture françaises');
  try {
    // A logo with a script: refused, named beside its field, nothing changed.
    await page.getByLabel('Nom du site').fill(`Le Quotidien ${u}`);
    await page.getByLabel('Logo (PNG ou SVG)').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(HOSTILE) });
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Ce SVG est refusé' })).toBeVisible();
    await expect(page.locator('#reglages-logo-erreur')).toContainText('un script');
    await expect(page.getByLabel('Nom du site')).toHaveValue(`Le Quotidien ${u}`);
    await reader.goto('/');
    await expect(reader.locator('.brand')).toHaveText(original.name);

    // A plain drawing: taken, drawn into a PNG, shown in the header of every page.
    await page.getByLabel('Logo (PNG ou SVG)').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO) });
    await page.getByLabel('Devise').fill(`La culture au quotidien ${u}`);
    await page.getByLabel('Éditeur').fill(`Quotidien ${u} SAS\n12 rue des Écoles, 75005 Paris`);
    await page.getByLabel('Directeur ou directrice de la publication').fill('Claire Martin');
    const social = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#9f1820' } })
      .jpeg()
      .toBuffer();
    await page.getByLabel('Image (JPEG, PNG ou WebP)').setInputFiles({ name: 'partage.jpg', mimeType: 'image/jpeg', buffer: social });
    await page.getByLabel('Ce que montre l’image de partage').fill('');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    // The social image needs words for those who cannot see it.
    await expect(page.locator('#reglages-socialImageAlt-erreur')).toContainText('Décrivez ce que montre');
    await page.getByLabel('Ce que montre l’image de partage').fill(`Le nom du Quotidien ${u} sur fond rouge`);
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expect(saved(page)).toBeVisible();

    // A story without a picture of its own is shared with the default one, as a large card.
    const bare = await publishedArticlePath({ imageId: null, liveStartedAt: null });
    await reader.goto(bare.path);
    await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/medias\/[a-z0-9]+-1200\.jpg$/);
    await expect(reader.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(reader.locator('meta[name="twitter:image:alt"]')).toHaveAttribute('content', `Le nom du Quotidien ${u} sur fond rouge`);

    await reader.goto('/');
    const logo = reader.getByRole('img', { name: `Le Quotidien ${u}` });
    await expect(logo).toBeVisible();
    expect(await logo.getAttribute('src')).toMatch(/^\/medias\/[a-z0-9]+-\d+\.png$/);
    await expect(reader.locator('.tagline')).toHaveText(`La culture au quotidien ${u}`);
    await expect(reader).toHaveTitle(`Le Quotidien ${u} — La culture au quotidien ${u}`);
    await expect(reader.locator('footer')).toContainText(`Éditeur\u00a0: Quotidien ${u} SAS`);
    const organisation = await reader.locator('script[type="application/ld+json"]').first().textContent();
    expect(organisation).toContain('"@type":"NewsMediaOrganization"');
    expect(organisation).toContain('.png');
    await reader.getByRole('link', { name: 'Mentions légales' }).click();
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Mentions légales');
    await expect(reader.locator('main')).toContainText('12 rue des Écoles, 75005 Paris');
    await expect(reader.locator('main')).toContainText('Claire Martin');
    await reader.screenshot({ path: test.info().outputPath('mentions-legales.png'), fullPage: true });
    await reader.goto('/');
    await reader.screenshot({ path: test.info().outputPath('manchettes-logo.png') });

    await page.goto('/admin/journal');
    await expect(page.getByText('Réglages du site').first()).toBeVisible();
  } finally {
    // The settings as they were, then one save without change, which purges every page again.
    if (before) await e2eDb().siteSetting.update({ where: { key: 'identity' }, data: { value: before.value ?? {} } });
    else await e2eDb().siteSetting.deleteMany({ where: { key: 'identity' } });
    await openSettings(page);
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expect(saved(page)).toBeVisible();
    await reader.close();
  }
  await page.goto('/');
  await expect(page.locator('.brand')).toHaveText(original.name);
});

test('an editor cannot open « Réglages du site », nor find it in the menu', async ({ page }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  await page.goto('/admin');
  await expect(page.getByRole('link', { name: 'Réglages' })).toHaveCount(0);
  await page.goto('/admin/reglages');
  await expect(page).toHaveURL(/\/admin\?erreur=droits/);
});
