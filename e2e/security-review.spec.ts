import { expect, test } from '@playwright/test';
import { connect } from 'node:net';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';

/**
 * The HTTP layer's findings of the security review (issue 18), each as the request that proved it.
 * The e2e server runs with TRUST_PROXY=1: a request with `X-Forwarded-For: <address>` is a reader at
 * that address, as it would be behind one reverse proxy; without it, a client on this machine.
 */

function portOf(baseURL: string | undefined): { host: string; port: number } {
  const base = new URL(baseURL ?? 'http://localhost:3100');
  return { host: base.hostname === 'localhost' ? '127.0.0.1' : base.hostname, port: Number(base.port) };
}

/** Writes `head` as it is, then `body` chunks (if any); resolves with what came back when the server closes or `waitMs` passes. */
function rawExchange(baseURL: string | undefined, head: string, options: { chunks?: number; chunkBytes?: number; waitMs?: number } = {}) {
  const { host, port } = portOf(baseURL);
  return new Promise<{ answer: string; closed: boolean; sentBytes: number }>((resolve) => {
    const socket = connect(port, host);
    const received: Buffer[] = [];
    let sentBytes = 0;
    let closed = false;
    const finish = () => resolve({ answer: Buffer.concat(received).toString('utf8'), closed, sentBytes });
    const timer = setTimeout(() => {
      socket.destroy();
      finish();
    }, options.waitMs ?? 10_000);
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      closed = true;
      clearTimeout(timer);
      finish();
    });
    socket.write(head);
    const size = options.chunkBytes ?? 0;
    // One write per chunk, framed whole (a short write must not split a chunk from its size line).
    const framed = Buffer.concat([Buffer.from(`${size.toString(16)}\r\n`), Buffer.alloc(size, 'a'), Buffer.from('\r\n')]);
    let left = options.chunks ?? 0;
    const pump = () => {
      while (left > 0 && !socket.destroyed) {
        left -= 1;
        sentBytes += size;
        if (!socket.write(framed)) return void socket.once('drain', pump);
      }
      if (!socket.destroyed && (options.chunks ?? 0) > 0) socket.write('0\r\n\r\n');
    };
    pump();
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
const reader = (address: string) => ({ 'x-forwarded-for': address });

test('a chunked body past the limit is cut off at 2 MB (413, connection closed), and the server stays up', async ({ baseURL, request }) => {
  // 64 MB to the sign-in callback, no Content-Length: next-auth read it whole before its CSRF check.
  const { answer, closed, sentBytes } = await rawExchange(
    baseURL,
    'POST /api/auth/callback/credentials HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n',
    { chunks: 1024, chunkBytes: 64 * 1024, waitMs: 20_000 },
  );
  expect(statusOf(answer)).toBe(413);
  expect(answer).toContain('Requête trop volumineuse');
  expect(closed).toBe(true);
  expect(sentBytes).toBeLessThan(64 * 1024 * 1024);
  expect((await request.get('/api/health/live')).status()).toBe(200);
});

test('a target that is not a path is refused; an encoded letter is sent to its one spelling', async ({ baseURL }) => {
  for (const target of ['http://localhost/admin', 'https://evil.example/politique', '*']) {
    const { answer } = await rawExchange(baseURL, `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expect(statusOf(answer), target).toBe(400);
  }
  for (const [path, location] of [
    ['/%61dmin', '/admin'],
    ['/%61dmin/articles?x=1', '/admin/articles?x=1'],
    ['/%70olitique', '/politique'],
  ]) {
    const { answer } = await rawExchange(baseURL, `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expect(statusOf(answer), path).toBe(301);
    expect(answer, path).toContain(`location: ${location}\r\n`);
  }
});

test('readers get no surrogate keys, cache source or render timings, and a health answer of up or down', async ({ request }) => {
  const path = `/politique?page=1&diag=${Date.now()}`;
  const outside = await request.get(path, { headers: reader('203.0.113.20') });
  expect(outside.status()).toBe(200);
  for (const name of ['surrogate-key', 'x-cache-source', 'server-timing']) expect(outside.headers()[name], name).toBeUndefined();
  expect(outside.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const health = await request.get('/api/health', { headers: reader('203.0.113.20') });
  expect(await health.json()).toEqual({ status: 'ok' });
  // This machine (the operator, a monitor on the host) still sees them.
  const local = await request.get(path);
  expect(local.headers()['surrogate-key']).toContain('list:rubrique:');
  expect(local.headers()['x-cache-source']).toBe('memory');
  expect(await (await request.get('/api/health')).json()).toMatchObject({ status: 'ok', database: 'ok' });
});

test('a page rendered for a signed-in member is not kept for readers', async ({ page, request }) => {
  const editor = await createTestUser('EDITOR');
  await signInAs(page, editor);
  const path = `/culture?page=1&connecte=${Date.now()}`;
  const signedIn = await page.request.get(path);
  expect(signedIn.status()).toBe(200);
  expect(signedIn.headers()['x-cache']).toBe('MISS');
  // The next reader's request is rendered again, not served what was rendered for the member.
  const next = await request.get(path);
  expect(next.headers()['x-cache']).toBe('MISS');
  expect((await request.get(path)).headers()['x-cache']).toBe('HIT');
});

test('searches are kept from their second request, and one client cannot flood uncached searches', async ({ request }) => {
  const word = `rare${Date.now().toString(36)}`;
  const first = await request.get(`/recherche?q=${word}`, { headers: reader('198.51.100.30') });
  expect(first.headers()['x-cache']).toBe('MISS');
  const second = await request.get(`/recherche?q=${word}`, { headers: reader('198.51.100.31') });
  expect(second.headers()['x-cache']).toBe('MISS');
  expect(second.headers()['surrogate-key']).toBeUndefined();
  expect((await request.get(`/recherche?q=${word}`, { headers: reader('198.51.100.32') })).headers()['x-cache']).toBe('HIT');

  // One address, distinct searches nobody asked for: a burst, then a French 429.
  const flooder = reader('198.51.100.66');
  const statuses: number[] = [];
  let refused = '';
  for (let i = 0; i < 30; i += 1) {
    const response = await request.get(`/recherche?q=${word}${i}x`, { headers: flooder });
    statuses.push(response.status());
    if (response.status() === 429) {
      refused = await response.text();
      expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
    }
  }
  expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
  expect(statuses).toContain(429);
  expect(refused).toContain('Trop de requêtes en peu de temps');
  // Another reader is not held back.
  expect((await request.get(`/recherche?q=${word}autre`, { headers: reader('198.51.100.67') })).status()).toBe(200);
});

test('idle requests to /medias/<name> hold no render slot: uncached pages still answer at once', async ({ baseURL, request }) => {
  // Each of these opens, asks, and never reads or closes.
  const idle = Array.from({ length: 10 }, (_, i) =>
    rawExchange(baseURL, `GET /medias/x${i} HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 198.51.100.${100 + i}\r\n\r\n`, {
      waitMs: 15_000,
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  const started = Date.now();
  const search = await request.get(`/recherche?q=lent${Date.now().toString(36)}`, { headers: reader('198.51.100.99'), timeout: 10_000 });
  expect(search.status()).toBe(200);
  expect(Date.now() - started).toBeLessThan(5_000);
  const answers = await Promise.all(idle);
  for (const { answer } of answers) expect([0, 404]).toContain(statusOf(answer));
});

test('a rubrique whose address starts like the newsroom is a readers’ page with all its protections', async ({ request }) => {
  const slug = `administration-${Date.now().toString(36)}`;
  await e2eDb().rubrique.create({ data: { slug, name: 'Administration', position: 90 } });
  const first = await request.get(`/${slug}`);
  expect(first.status()).toBe(200);
  expect(first.headers()['content-security-policy']).toContain("script-src 'none'");
  expect(await first.text()).not.toContain('<script src=');
  expect((await request.get(`/${slug}`)).headers()['x-cache']).toBe('HIT');
});
