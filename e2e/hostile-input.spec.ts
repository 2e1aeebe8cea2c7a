import { expect, test } from '@playwright/test';
import http from 'node:http';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';

/** Garbage at every door: a clear French answer, never a crash, never a write. */
test('hostile URLs get a French 404 or a clean redirect, never an error', async ({ request }) => {
  const paths = [
    '/%FF%FE',
    '/politique/%C0%AF',
    '/politique/%00',
    '/..%2F..%2Fetc%2Fpasswd',
    '/politique/..%252f..%252f',
    '/auteurs/%3Cscript%3E',
    `/politique/${'a'.repeat(5000)}`,
    '/politique?page=%00',
    '/politique?page=1e9',
    '/recherche?q=%FF',
    `/recherche?q=${'%27%20OR%201%3D1--%20'.repeat(200)}`,
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([200, 301, 308, 400, 404], path).toContain(response.status());
    if (response.status() === 404) expect(await response.text(), path).toContain('Page introuvable');
  }
});

test('headers cannot be injected through the query string or the sign-in callback', async ({ request }) => {
  const response = await request.get('/connexion?callbackUrl=%0d%0aSet-Cookie:%20pwned=1', { maxRedirects: 0 });
  expect(response.headers()['set-cookie'] ?? '').not.toContain('pwned');
  const search = await request.get('/recherche?q=%0d%0aX-Injected:%201');
  expect(search.headers()['x-injected']).toBeUndefined();
});

test('Next.js internal headers do not open the newsroom', async ({ request }) => {
  const attempts: Record<string, string>[] = [
    { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
    { 'x-nextjs-data': '1', 'x-invoke-path': '/admin' },
  ];
  for (const headers of attempts) {
    const response = await request.get('/admin', { headers, maxRedirects: 0 });
    expect([302, 303, 307, 308], JSON.stringify(headers)).toContain(response.status());
    expect(response.headers()['location']).toContain('/connexion');
  }
});

test('an over-long story is refused with a French message and writes nothing', async ({ page }) => {
  const journalist = await createTestUser('JOURNALIST');
  await signInAs(page, journalist);
  await page.goto('/admin/articles/nouveau');
  await page.getByLabel('Titre', { exact: true }).fill('Énorme');
  await page.getByLabel('Rubrique').selectOption({ label: 'Politique' });
  await page.locator('textarea[name="body"]').fill('mot '.repeat(60_000));
  await page.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expect(page.getByText('Le texte ne doit pas dépasser 200 000 caractères.').first()).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/admin\/articles\/nouveau$/);
  expect(await e2eDb().article.count({ where: { authorId: journalist.id } })).toBe(0);
});

test('a huge request body gets a 413 before reaching the application', async ({ request }) => {
  const response = await request.post('/connexion', { data: 'x'.repeat(3 * 1024 * 1024), headers: { 'content-type': 'text/plain' } });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain('trop volumineuse');
});

test('a reader hanging up during a render does not block the page for the next ones', async ({ request, baseURL }) => {
  for (let i = 0; i < 3; i += 1) {
    const url = `${baseURL}/?abandon=${Date.now()}-${i}`;
    const controller = new AbortController();
    const first = fetch(url, { signal: controller.signal }).catch(() => null);
    setTimeout(() => controller.abort(), 5);
    await first;
    const again = await request.get(url, { timeout: 10_000 });
    expect(again.status()).toBe(200);
  }
});

/** A request exactly as written: Playwright's own client resolves « .. » before sending. */
function rawRequest(baseURL: string | undefined, path: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  const base = new URL(baseURL ?? 'http://localhost:3100');
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request(
      { host: base.hostname, port: base.port, path, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

test('no single request changes what the page cache serves to the next readers', async ({ request, baseURL }) => {
  const current = (html: string) => [...html.matchAll(/<a href="([^"]*)" aria-current="page">/g)].map((m) => m[1]);
  // « .. » in an address: sent to its one spelling before anything is rendered or cached under it.
  for (const [path, location] of [
    ['/sport/../politique', '/politique'],
    ['/sport/..', '/'],
    ['/x/../admin', '/admin'],
    ['/%2e%2e/admin', '/admin'],
    ['/culture/./../politique?page=1', '/politique?page=1'],
    // Never to another site.
    ['/.//evil.example/phish?x=1', '/evil.example/phish?x=1'],
    ['/%2e%2e//evil.example', '/evil.example'],
  ]) {
    const response = await rawRequest(baseURL, path);
    expect(response.status, path).toBe(301);
    expect(response.headers.location, path).toBe(location);
  }
  expect(current(await (await request.get('/politique')).text())).toEqual(['/politique']);
  expect(current(await (await request.get('/')).text())).toEqual(['/']);

  // A second « ? » in the query: the search box shows what the cached page was searched for.
  const word = `boite${Date.now().toString(36)}`;
  await rawRequest(baseURL, `/recherche?z=?&q=${word}`);
  const search = await (await request.get(`/recherche?q=${word}`)).text();
  expect(search).toMatch(new RegExp(`id="entete-recherche"[^>]*value="${word}"|value="${word}"[^>]*id="entete-recherche"`));

  // A search of 5,000 characters is the search of its first 200 (all the page reads): one entry, a short key.
  const long = `${word}${'x'.repeat(5_000)}`;
  // (A search is kept from its second request on: lib/server/search-admission.ts.)
  expect((await request.get(`/recherche?q=${long}`)).status()).toBe(200);
  expect((await request.get(`/recherche?q=${long}`)).status()).toBe(200);
  const cut = await request.get(`/recherche?q=${long.slice(0, 200)}`);
  expect(cut.headers()['x-cache']).toBe('HIT');

  // Methods a reader's page does not take: 405, nothing rendered.
  for (const [method, path] of [
    ['POST', '/politique'],
    ['OPTIONS', '/politique'],
    ['DELETE', '/'],
    ['POST', '/_next/static/chunks/absent.js'],
  ]) {
    const response = await rawRequest(baseURL, path, { method });
    expect(response.status, `${method} ${path}`).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  }
});

test('gzip only for clients that take it, under a validator of its own', async ({ baseURL }) => {
  const refused = await rawRequest(baseURL, '/politique', { headers: { 'accept-encoding': 'gzip;q=0, identity' } });
  expect(refused.status).toBe(200);
  expect(refused.headers['content-encoding']).toBeUndefined();
  expect(refused.body).toContain('</html>');
  const gzip = await rawRequest(baseURL, '/politique', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gzip.headers.etag).not.toBe(refused.headers.etag);
  // Each validator revalidates its own representation.
  expect(
    (await rawRequest(baseURL, '/politique', { headers: { 'accept-encoding': 'gzip', 'if-none-match': String(gzip.headers.etag) } }))
      .status,
  ).toBe(304);
  expect((await rawRequest(baseURL, '/politique', { headers: { 'if-none-match': String(refused.headers.etag) } })).status).toBe(304);
  expect((await rawRequest(baseURL, '/politique', { headers: { 'if-none-match': String(gzip.headers.etag) } })).status).toBe(200);
});
