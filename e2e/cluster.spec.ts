import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { hashPassword } from '../lib/auth/password';
import { createPrismaClient } from '../lib/prisma-client';
import { startTopology, type TTopology } from '../scripts/cluster/topology';
import { VARNISHD, xkeyAvailable } from '../scripts/cluster/varnish';
import { tcpReachable } from '../tests/support/reachable';
import { formReady, publishNow } from './support/stories';

/**
 * The production topology of `npm run cluster` (scripts/cluster/topology.ts), from the e2e build: a
 * PostgreSQL primary and a streaming replica of its own, Redis, two instances, Varnish in front. A
 * story published on one instance is read on the other (from the replica) and through Varnish; an
 * instance restarted under a stream of readers loses none of their requests.
 */
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
const DIR = path.join(import.meta.dirname, '..', '.data', 'cluster-e2e');

test.describe('the production topology (npm run cluster)', () => {
  let topology: TTopology | null = null;

  test.beforeAll(async () => {
    test.skip(!(await tcpReachable(REDIS_URL, 6379)), `Redis injoignable à ${REDIS_URL}`);
    test.skip(!existsSync(VARNISHD) || !xkeyAvailable(), 'Varnish ou vmod-xkey absent (varnish varnish-modules)');
    test.setTimeout(360_000);
    topology = await startTopology({ dir: DIR, distDir: '.next-e2e', redisUrl: REDIS_URL, seedDemo: true });
  });

  test.afterAll(async () => {
    test.setTimeout(90_000);
    await topology?.stop();
  });

  /** An editor of the cluster's own database, signed in on `base` in `page`'s context. */
  async function signInEditor(page: Page, base: string): Promise<void> {
    const prisma = createPrismaClient((topology as TTopology).databaseUrl, 1);
    const id = randomBytes(4).toString('hex');
    const password = `mdp-${randomBytes(8).toString('hex')}`;
    const email = `grappe-${id}@dakarinfo.test`;
    try {
      await prisma.user.create({
        data: { email, name: `Éditrice grappe ${id}`, slug: `grappe-${id}`, role: 'EDITOR', passwordHash: await hashPassword(password) },
      });
    } finally {
      await prisma.$disconnect();
    }
    const { csrfToken } = (await (await page.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
    const response = await page.request.post(`${base}/api/auth/callback/credentials`, {
      form: { csrfToken, email, password, json: 'true', callbackUrl: '/admin' },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(400);
  }

  test('a story published on one instance is read on the other and through Varnish', async ({ page }) => {
    test.setTimeout(120_000);
    const { apps, varnishUrl } = topology as TTopology;
    const [a, b] = apps.map((app) => app.url);
    // Every cache warm with the front page as it is.
    for (const url of [`${b}/`, `${b}/`, `${varnishUrl}/`, `${varnishUrl}/`]) await (await fetch(url)).text();
    expect((await fetch(`${varnishUrl}/`)).headers.get('x-varnish-cache')).toBe('HIT');

    await signInEditor(page, a as string);
    const title = `Grappe ${Date.now() % 1_000_000}, la publication atteint chaque instance`;
    await page.goto(`${a}/admin/articles/nouveau`);
    await formReady(page);
    await page.getByLabel('Titre', { exact: true }).fill(title);
    await page.getByLabel('Chapô').fill('Un chapô qui résume l’essentiel en une phrase.');
    await page.locator('textarea[name="body"]').fill('Premier paragraphe du récit, assez long pour être publié.\n\nDeuxième paragraphe.');
    await page.getByLabel('Rubrique').selectOption({ label: 'Politique' });
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/[^/?]+\?cree=1/);
    await publishNow(page);
    await expect(page.getByRole('status').filter({ hasText: 'Publié' })).toBeVisible();

    // Manchettes, warm on the other instance and in Varnish, shows it within a few seconds everywhere.
    for (const url of [`${b}/`, `${varnishUrl}/`, `${a}/`])
      await expect.poll(async () => (await (await fetch(url)).text()).includes(title), { timeout: 10_000, message: url }).toBe(true);
    // Its own page, on the other instance (which reads readers' pages from the replica) and through Varnish.
    const prisma = createPrismaClient((topology as TTopology).databaseUrl, 1);
    const { slug } = await prisma.article
      .findFirstOrThrow({ where: { title }, select: { slug: true } })
      .finally(() => prisma.$disconnect());
    for (const url of [`${b}/politique/${slug}`, `${varnishUrl}/politique/${slug}`]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(await response.text()).toContain(title);
    }
    const metrics = await (await fetch(`${b}/api/metrics`)).text();
    expect(metrics).toMatch(/dakarinfo_db_pool_connections\{pool="replica-1",state="total"\} [1-9]/);
    expect(metrics).toMatch(/dakarinfo_replica_lag_bytes\{replica="1"\} \d+/);
    // Varnish names each request, and the instance that answered says so in its log.
    expect((await fetch(`${varnishUrl}/?grappe=1`)).headers.get('x-request-id')).toMatch(/^varnish-\d+$/);
  });

  test('an instance restarted while readers keep coming loses none of their requests', async () => {
    test.setTimeout(180_000);
    const current = topology as TTopology;
    let stop = false;
    let sent = 0;
    const failures: string[] = [];
    // Four readers, each asking through Varnish for a page it does not have (so an instance answers).
    const readers = Array.from({ length: 4 }, async (_, reader) => {
      while (!stop) {
        sent += 1;
        const url = `${current.varnishUrl}/?lecteur=${reader}-${sent}`;
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
          await response.arrayBuffer();
          if (response.status !== 200) failures.push(`${response.status} ${url}`);
        } catch (error) {
          failures.push(`${(error as Error).message} ${url}`);
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const before = sent;
    await current.restart(0);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    stop = true;
    await Promise.all(readers);
    expect(sent - before).toBeGreaterThan(50);
    expect(failures).toEqual([]);
    // The restarted instance serves again, behind Varnish as on its own port.
    expect((await fetch(`${current.apps[0]?.url}/api/health`)).status).toBe(200);
  });
});
