import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ensureDatabase, startEmbeddedPostgres, type TEmbeddedPostgres } from '../lib/ops/embedded-postgres';
import { migrate } from '../lib/ops/migrate';
import { createPrismaClient } from '../lib/prisma-client';
import { hashPassword } from '../lib/auth/password';
import { seedDemoNewsroom } from '../prisma/seed';
import { attachOnFailure, e2eEnv, startInstance, type TInstance } from './support/instance';

/**
 * Fault injection: the site's own PostgreSQL is stopped under it, then started again on the same port.
 * Cached pages keep being served, others get the French 503 page, readiness says so, a save in the
 * newsroom fails without losing the text, and everything recovers by itself.
 */
let app: TInstance | undefined;
let base = '';
const dataDir = mkdtempSync(path.join(tmpdir(), 'dakarinfo-outage-'));
let pg: TEmbeddedPostgres;
let pgPort = 0;
let url = '';
const PASSWORD = 'mot-de-passe-de-la-panne';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(240_000);
  pg = await startEmbeddedPostgres({ dataDir });
  pgPort = pg.port;
  url = await ensureDatabase(pg.adminUrl, 'panne');
  await migrate(url);
  const prisma = createPrismaClient(url, 2);
  await seedDemoNewsroom(prisma);
  await prisma.user.create({
    data: {
      email: 'panne@dakarinfo.test',
      name: 'Éditrice de garde',
      slug: 'editrice-de-garde',
      role: 'EDITOR',
      passwordHash: await hashPassword(PASSWORD),
    },
  });
  await prisma.$disconnect();
  app = await startInstance({ name: 'instance de la panne', env: (port) => e2eEnv(port, { DATABASE_URL: url }), testInfo });
  base = app.base;
});

test.afterEach(async ({}, testInfo) => attachOnFailure(testInfo, [app]));

test.afterAll(async () => {
  test.setTimeout(60_000);
  await app?.stop();
  await pg?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the site rides out a database outage and recovers by itself', async ({ page }) => {
  test.setTimeout(120_000);
  // Before: warm the cache, open a story in the newsroom.
  await fetch(`${base}/`);
  expect((await fetch(`${base}/`)).headers.get('x-cache')).toBe('HIT');
  const { csrfToken } = (await (await page.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  await page.request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, email: 'panne@dakarinfo.test', password: PASSWORD, json: 'true' },
  });
  await page.goto(`${base}/admin/articles/nouveau`);
  await page.getByLabel('Titre', { exact: true }).fill('Écrit pendant la panne');
  await page.getByLabel('Rubrique').selectOption({ label: 'Politique' });
  const text = 'Ce texte a été écrit pendant que la base de données était arrêtée. Il ne doit pas se perdre.';
  await page.locator('textarea[name="body"]').fill(text);

  await pg.stop();

  const home = await fetch(`${base}/`);
  expect(home.status).toBe(200);
  expect(home.headers.get('x-cache')).toBe('HIT');

  const uncached = await fetch(`${base}/culture?page=1&panne=1`);
  expect(uncached.status).toBe(503);
  expect(uncached.headers.get('retry-after')).toBe('30');
  expect(await uncached.text()).toContain('Le site est momentanément indisponible');

  expect((await fetch(`${base}/api/health`)).status).toBe(503);
  expect((await fetch(`${base}/api/health/live`)).status).toBe(200);

  await page.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /texte est conservé|n’a pas pu/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('textarea[name="body"]')).toHaveValue(text);

  // The database comes back on the same address: no restart of the site.
  pg = await startEmbeddedPostgres({ dataDir, port: pgPort });
  await expect.poll(async () => (await fetch(`${base}/api/health`)).status, { timeout: 30_000 }).toBe(200);
  expect((await fetch(`${base}/culture?page=1&panne=2`)).status).toBe(200);
  await page.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expect(page).toHaveURL(/\?cree=1/, { timeout: 20_000 });
  const prisma = createPrismaClient(url, 1);
  expect((await prisma.article.findFirstOrThrow({ where: { title: 'Écrit pendant la panne' } })).body).toBe(text);
  await prisma.$disconnect();
});
