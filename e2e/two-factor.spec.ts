import { expect, test } from '@playwright/test';
import { totpCode } from '../lib/auth/two-factor';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';

/** Where screenshots go when SCREENSHOTS_DIR is set (looked at by a person; git-ignored /screenshots/ by default). */
const shots = process.env.SCREENSHOTS_DIR;

test('an editor turns on two-step sign-in from « Mon profil », then signs in with the password and a code', async ({ page }) => {
  const editor = await createTestUser('EDITOR');
  await signInAs(page, editor);

  await page.goto('/admin/profil');
  const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Double authentification' }) });
  await panel.locator('summary', { hasText: 'Activer la double authentification' }).click();
  await expect(panel.getByRole('img', { name: 'QR code de configuration de la double authentification' })).toBeVisible();
  // The app's side: the key typed by hand, the code it would show.
  const secret = ((await panel.locator('.totp-secret').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  if (shots) {
    await panel.screenshot({ path: `${shots}/enrolment-desktop.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await panel.screenshot({ path: `${shots}/enrolment-phone.png` });
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  await panel.getByLabel('Code à 6 chiffres affiché par l’application').fill('000000');
  await panel.getByRole('button', { name: 'Activer la double authentification' }).click();
  await expect(panel.getByRole('alert')).toContainText('Code incorrect ou expiré.');
  await panel.getByLabel('Code à 6 chiffres affiché par l’application').fill(totpCode(secret));
  await panel.getByRole('button', { name: 'Activer la double authentification' }).click();
  await expect(panel.getByRole('status')).toContainText('Double authentification activée.');
  await expect(panel.getByRole('list', { name: 'Codes de secours' }).getByRole('listitem')).toHaveCount(10);
  expect((await e2eDb().user.findUniqueOrThrow({ where: { id: editor.id } })).totpEnabledAt).not.toBeNull();

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion\?deconnecte=1$/);

  await page.getByLabel('Adresse électronique').fill(editor.email);
  await page.getByLabel('Mot de passe').fill(editor.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const code = page.getByLabel('Code de vérification');
  await expect(code).toBeFocused();
  // A new, empty field (not the password's, reused).
  await expect(code).toHaveValue('');
  await expect(page.getByLabel('Mot de passe')).toHaveCount(0);
  await expect(
    page.getByText(`saisissez le code à 6\u00a0chiffres affiché par votre application d’authentification pour ${editor.email}`),
  ).toBeVisible();
  // The address and password stay in the form's state, never in the page's address.
  expect(page.url()).not.toContain(encodeURIComponent(editor.password));
  expect(page.url()).not.toContain(editor.password);
  if (shots) {
    await page.screenshot({ path: `${shots}/code-step-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}/code-step-phone.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  await code.fill('123456');
  await page.getByRole('button', { name: 'Valider le code' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Code incorrect ou déjà utilisé.' })).toBeVisible();
  // The code of the next 30-second step: accepted (a phone slightly ahead), and never used before.
  await code.fill(totpCode(secret, new Date(Date.now() + 30_000)));
  await page.getByRole('button', { name: 'Valider le code' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  expect(await e2eDb().auditLog.count({ where: { action: 'auth.2fa-failure', targetId: editor.id } })).toBe(1);
});
