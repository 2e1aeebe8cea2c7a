import { expect, test } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';

test('the newsroom sends a visitor without a session to the sign-in page, then back', async ({ page }) => {
  await page.goto('/admin/journal');
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
  const editor = await createTestUser('EDITOR');
  await page.getByLabel('Adresse électronique').fill(editor.email);
  await page.getByLabel('Mot de passe').fill(editor.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/admin\/journal$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal');
  await expect(page.getByRole('cell', { name: 'Connexion', exact: true }).first()).toBeVisible();
  // The header names the desk, which agrees with everyone, and the role in full on hover.
  const desk = page.locator('.admin-user .admin-role');
  await expect(desk).toHaveText('Édition');
  await expect(desk).toHaveAttribute('title', 'Rôle\u00a0: éditeur');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion\?deconnecte=1/);
  await expect(page.getByText('Déconnexion effectuée : votre session est fermée.')).toBeVisible();
  // Said without a gendered word: « déconnecté » would not agree with half the newsroom.
});

test('a wrong password and an unknown address get the same French message; repeated failures lock the account', async ({ page }) => {
  const user = await createTestUser('JOURNALIST');
  await page.goto('/connexion');
  const attempt = async (email: string, password: string) => {
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    return page.getByRole('alert').filter({ hasText: /./ }).last();
  };
  await expect(await attempt('personne@dakarinfo.test', 'x')).toHaveText('Adresse électronique ou mot de passe incorrect.');
  await expect(await attempt(user.email, 'faux')).toHaveText('Adresse électronique ou mot de passe incorrect.');
  for (let i = 0; i < 3; i += 1) await attempt(user.email, 'faux');
  await expect(await attempt(user.email, 'faux')).toHaveText(/Trop de tentatives de connexion\. Réessayez dans/);
  // Even the right password is refused while the lock lasts.
  await expect(await attempt(user.email, user.password)).toHaveText(/Trop de tentatives/);
  await expect(page).toHaveURL(/\/connexion/);
  await e2eDb().loginThrottle.deleteMany({});
});

test('sign-in refuses to redirect elsewhere after success', async ({ page }) => {
  const user = await createTestUser('EDITOR');
  for (const target of ['https://evil.example/', '//evil.example/admin', '/\\evil.example']) {
    await page.goto(`/connexion?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByLabel('Adresse électronique').fill(user.email);
    await page.getByLabel('Mot de passe').fill(user.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page).toHaveURL(/localhost:\d+\/admin$/);
    await page.context().clearCookies();
  }
});

test('newsroom pages are never framed, cached or indexed', async ({ page }) => {
  const user = await createTestUser('EDITOR');
  await signInAs(page, user);
  for (const path of ['/admin', '/connexion']) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['cache-control'], path).toMatch(/no-store/);
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['x-robots-tag'], path).toContain('noindex');
  }
  // The newsroom itself: a fresh nonce per response, and no inline script without it.
  const [a, b] = await Promise.all([page.request.get('/admin'), page.request.get('/admin')]);
  expect(a.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(a.headers()['content-security-policy']).not.toBe(b.headers()['content-security-policy']);
});

test('a journalist does not reach editors’ and admins’ screens', async ({ page }) => {
  const journalist = await createTestUser('JOURNALIST');
  await signInAs(page, journalist);
  for (const path of ['/admin/journal', '/admin/utilisateurs', '/admin/rubriques']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/admin\?erreur=droits$/);
    await expect(page.getByRole('alert').filter({ hasText: 'réservée' })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'Rédaction' }).getByRole('link', { name: 'Journal' })).toHaveCount(0);
});

test('a deactivated user loses the session at once', async ({ page }) => {
  const editor = await createTestUser('EDITOR');
  await signInAs(page, editor);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  await e2eDb().user.update({ where: { id: editor.id }, data: { active: false, tokenVersion: { increment: 1 } } });
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/connexion/);
});

test('signing out ends the session on the server: a copy of the cookie kept elsewhere stops working', async ({ page, browser }) => {
  const editor = await createTestUser('EDITOR');
  await signInAs(page, editor);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  // Someone copies the session cookie into another browser: it works there, for now.
  const copy = await browser.newContext();
  await copy.addCookies(await page.context().cookies());
  const elsewhere = await copy.newPage();
  await elsewhere.goto('/admin');
  await expect(elsewhere.getByRole('heading', { level: 1 })).toHaveText('Articles');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion\?deconnecte=1/);
  await elsewhere.goto('/admin');
  await expect(elsewhere).toHaveURL(/\/connexion/);
  await expect(elsewhere.getByRole('heading', { level: 1 })).toHaveText('Connexion');
  await copy.close();
});

test('a sign-in posted from another origin (another port of this host) is refused with a French message', async ({ page }) => {
  const user = await createTestUser('EDITOR');
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const forged = await page.request.post('/api/auth/callback/credentials', {
    headers: { origin: 'http://localhost:1' },
    form: { csrfToken, email: user.email, password: user.password, json: 'true', callbackUrl: '/admin' },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toBe('Demande refusée\u00a0: elle doit venir d’une page de ce site.');
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/connexion/);
  // The same request from the site itself signs in.
  await signInAs(page, user);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
});
