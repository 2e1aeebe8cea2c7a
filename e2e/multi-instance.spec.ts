import { expect, test } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { tcpReachable } from '../tests/support/reachable';
import { e2eDb } from './support/db';
import { attachOnFailure, e2eEnv, startInstance, type TInstance } from './support/instance';

/**
 * Two instances of the site on one PostgreSQL and one Redis (127.0.0.1:6379 on these machines): a
 * « mise à jour » made on the first is visible on the second, whose page cache was warm, within a second.
 */
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Names in Redis of this run only: nothing left by another run (another database) can be served. */
const REDIS_PREFIX = `dakarinfo-e2e-${process.pid}-${Date.now()}:`;

test.describe('several instances', () => {
  let servers: TInstance[] = [];
  /** The two instances' ports. */
  const PORTS: number[] = [];

  test.beforeAll(async ({}, testInfo) => {
    test.skip(!(await tcpReachable(REDIS_URL, 6379)), `Redis injoignable à ${REDIS_URL} : test multi-instances ignoré`);
    test.setTimeout(240_000);
    const started = await Promise.allSettled(
      ['instance A', 'instance B'].map((name) =>
        startInstance({ name, env: (port) => e2eEnv(port, { REDIS_URL, REDIS_PREFIX }), testInfo }),
      ),
    );
    servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    PORTS.splice(0, PORTS.length, ...servers.map((s) => s.port));
  });

  test.afterEach(async ({}, testInfo) => attachOnFailure(testInfo, servers));

  test.afterAll(async () => {
    test.setTimeout(60_000);
    await Promise.all(servers.map((server) => server.stop()));
  });

  test('a page one instance rendered is served by the other from Redis, without rendering it again', async () => {
    const [a, b] = PORTS;
    const author = await e2eDb().user.findFirstOrThrow({ where: { articles: { some: { status: 'PUBLISHED' } } }, select: { slug: true } });
    const path = `/auteurs/${author.slug}?partage=${Date.now()}`;
    const first = await fetch(`http://localhost:${a}${path}`);
    expect(first.headers.get('x-cache')).toBe('MISS');
    const other = await fetch(`http://localhost:${b}${path}`);
    expect(other.status).toBe(200);
    expect(other.headers.get('x-cache')).toBe('HIT');
    expect(other.headers.get('x-cache-source')).toBe('redis');
    expect(other.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(other.headers.get('surrogate-key')).toBe(first.headers.get('surrogate-key'));
    // From then on, the other instance has it in memory.
    expect((await fetch(`http://localhost:${b}${path}`)).headers.get('x-cache-source')).toBe('memory');
  });

  test('a « mise à jour » on one instance is visible on the other within a second', async ({ page }) => {
    const [a, b] = PORTS;
    const editor = await createTestUser('EDITOR');
    const article = await e2eDb().article.findFirstOrThrow({
      where: { status: 'PUBLISHED', updates: { none: {} } },
      orderBy: { publishedAt: 'asc' },
      select: { id: true, slug: true, rubrique: { select: { slug: true } } },
    });
    const publicUrl = `http://localhost:${b}/${article.rubrique.slug}/${article.slug}`;
    await fetch(publicUrl);
    const warm = await fetch(publicUrl);
    expect(warm.headers.get('x-cache')).toBe('HIT');
    expect(await warm.text()).not.toContain('Cette histoire a été mise à jour.');

    await page.goto(`http://localhost:${a}/connexion`);
    await signInAs(page, editor);
    await page.goto(`http://localhost:${a}/admin/articles/${article.id}`);
    await page.getByLabel('Type').selectOption('MISE_A_JOUR');
    await page.getByLabel('Note publique').fill('Ajout de la réaction du ministère.');
    await page.getByRole('button', { name: /^Publier la (mise à jour|correction|précision)$/ }).click();
    // The action's own confirmation: the note is in the form's field before the save is done.
    await expect(page.getByRole('status').filter({ hasText: 'est en ligne' })).toBeVisible();
    await expect(page.getByText('Ajout de la réaction du ministère.').first()).toBeVisible();
    const savedAt = Date.now();

    let seenAfter = Infinity;
    while (Date.now() - savedAt < 5_000) {
      if ((await (await fetch(publicUrl)).text()).includes('Cette histoire a été mise à jour.')) {
        seenAfter = Date.now() - savedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seenAfter).toBeLessThan(1_000);
  });

  test('a rubrique shown on one instance is in the other’s navigation within a second', async ({ page }) => {
    const [a, b] = PORTS;
    const editor = await createTestUser('EDITOR');
    const name = `Régions ${Date.now() % 100_000}`;
    const home = `http://localhost:${b}/`;
    await fetch(home);
    const warm = await fetch(home);
    expect(warm.headers.get('x-cache')).toBe('HIT');
    expect(await warm.text()).not.toContain(name);

    await page.goto(`http://localhost:${a}/connexion`);
    await signInAs(page, editor);
    await page.goto(`http://localhost:${a}/admin/rubriques`);
    await page.locator('#nouvelle-nom').fill(name);
    await page.getByRole('button', { name: 'Créer la rubrique' }).click();
    try {
      await expect(page.getByText(`Rubrique « ${name} » créée`)).toBeVisible();
      // A new rubrique is out of the menu until it has a story online or an editor shows it.
      await page.getByRole('button', { name: `Afficher dans le menu la rubrique ${name}` }).click();
      await expect(page.getByText('Rubrique affichée dans le menu.')).toBeVisible();
      const savedAt = Date.now();
      let seenAfter = Infinity;
      while (Date.now() - savedAt < 5_000) {
        const nav = (await (await fetch(home)).text()).match(/<nav class="site-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';
        if (nav.includes(name)) {
          seenAfter = Date.now() - savedAt;
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(seenAfter).toBeLessThan(1_000);
      // And on the instance that made the change, every page, not just the home.
      expect(await (await fetch(`http://localhost:${a}/politique`)).text()).toContain(name);
    } finally {
      await e2eDb().rubrique.deleteMany({ where: { name } });
    }
  });
});
