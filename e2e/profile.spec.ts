import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';

const unique = () => Date.now().toString(36);

async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    blocking.map((v) => `${v.id} (${v.impact}) : ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    label,
  ).toEqual([]);
}

test('a journalist changes their name and presentation from « Mon profil »: the public author page shows them at once', async ({
  page,
  browser,
}) => {
  const journalist = await createTestUser('JOURNALIST');
  const { slug } = await e2eDb().user.findUniqueOrThrow({ where: { id: journalist.id }, select: { slug: true } });
  await signInAs(page, journalist);

  // Warm the public cache first: the save must purge it.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/auteurs/${slug}`);
  await reader.goto(`/auteurs/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(journalist.name);

  await page.goto('/admin');
  await page.getByRole('link', { name: `Mon profil\u00a0: ${journalist.name}` }).click();
  await expect(page).toHaveURL(/\/admin\/profil$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon profil');
  await expect(page).toHaveTitle('Mon profil — Rédaction Dakarinfo');
  await expectAccessible(page, '/admin/profil');

  const name = `Mariama Sow ${unique()}`;
  const bio = `Journaliste au service Société ${unique()}, spécialiste de l’éducation.`;
  await expect(page.getByLabel('Nom affiché')).toHaveValue(journalist.name);
  await page.getByLabel('Nom affiché').fill(name);
  await page.getByLabel('Présentation').fill(bio);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Profil enregistré' })).toHaveText(
    'Profil enregistré\u00a0: votre page d’auteur est à jour.',
  );
  // The newsroom header names them with the new name.
  await expect(page.locator('.admin-user a')).toHaveText(name);

  // A refused save keeps what was typed and says why, in French.
  await page.getByLabel('Présentation').fill('Une présentation pas encore enregistrée.');
  await page.getByLabel('Nom affiché').fill('   ');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('.notice[role="alert"]')).toHaveText('Le nom est obligatoire.');
  await expect(page.getByLabel('Nom affiché')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Présentation')).toHaveValue('Une présentation pas encore enregistrée.');

  await reader.goto(`/auteurs/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(reader.getByText(bio)).toBeVisible();
  expect(await e2eDb().user.findUniqueOrThrow({ where: { id: journalist.id }, select: { name: true, bio: true, slug: true } })).toEqual({
    name,
    bio,
    slug,
  });
});

test('a journalist changes their password: this session stays open, the others end, the new password signs in', async ({
  page,
  browser,
}) => {
  const journalist = await createTestUser('JOURNALIST');
  const newPassword = `nouvelle phrase ${unique()}`;
  await signInAs(page, journalist);
  const elsewhere = await (await browser.newContext()).newPage();
  await signInAs(elsewhere, journalist);
  await elsewhere.goto('/admin');
  await expect(elsewhere).toHaveURL(/\/admin$/);

  await page.goto('/admin/profil');
  const current = page.getByLabel('Mot de passe actuel');
  const fresh = page.getByLabel('Nouveau mot de passe', { exact: true });
  const confirmation = page.getByLabel('Confirmation du nouveau mot de passe');
  const submit = page.getByRole('button', { name: 'Changer le mot de passe' });

  // Wrong current password: refused, the password fields emptied, nothing changed.
  await current.fill('pas-le-bon-mot-de-passe');
  await fresh.fill(newPassword);
  await confirmation.fill(newPassword);
  await submit.click();
  await expect(page.locator('.notice[role="alert"]')).toHaveText('Mot de passe actuel incorrect.');
  await expect(current).toHaveValue('');
  await expect(current).toHaveAttribute('aria-invalid', 'true');

  // The confirmation does not match.
  await current.fill(journalist.password);
  await fresh.fill(newPassword);
  await confirmation.fill(`${newPassword}!`);
  await submit.click();
  await expect(page.locator('.notice[role="alert"]')).toHaveText('Les deux saisies du nouveau mot de passe ne correspondent pas.');

  await current.fill(journalist.password);
  await fresh.fill(newPassword);
  await confirmation.fill(newPassword);
  await submit.click();
  await expect(page.getByRole('status').filter({ hasText: 'Mot de passe changé' })).toHaveText(
    'Mot de passe changé\u00a0: vos autres sessions sont fermées, celle-ci reste ouverte.',
  );

  // This session goes on; the other one is closed.
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Connexion');
  await elsewhere.goto('/admin');
  await expect(elsewhere).toHaveURL(/\/connexion/);

  // Signed out, the old password no longer works, the new one does.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion\?deconnecte=1/);
  await page.getByLabel('Adresse électronique').fill(journalist.email);
  await page.getByLabel('Mot de passe').fill(journalist.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /./ }).last()).toHaveText('Adresse électronique ou mot de passe incorrect.');
  await page.getByLabel('Mot de passe').fill(newPassword);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.locator('.admin-user a')).toHaveText(journalist.name);

  // The two wrong attempts above counted toward the sign-in lockout of this address: leave none for later tests.
  await e2eDb().loginThrottle.deleteMany({ where: { OR: [{ key: `email:${journalist.email}` }, { key: { startsWith: 'ip:' } }] } });
});
