import { expect, test } from '@playwright/test';
import { attachOnFailure, e2eEnv, startInstance, type TInstance } from './support/instance';

/**
 * SIGTERM under load: the server stops taking new connections, finishes every request already
 * accepted (none is cut), closes its pool, and exits by itself.
 */
let server: TInstance | undefined;

test.afterEach(async ({}, testInfo) => {
  await attachOnFailure(testInfo, [server]);
  await server?.stop();
});

test('SIGTERM lets every accepted request finish, then the process exits', async ({}, testInfo) => {
  test.setTimeout(180_000);
  server = await startInstance({
    name: 'serveur arrêté sous charge',
    entry: 'server.ts',
    host: '127.0.0.1',
    env: (port) => e2eEnv(port, { NODE_ENV: 'production', PAGE_CACHE: 'off', NEXTAUTH_URL: `http://127.0.0.1:${port}` }),
    readyTimeoutMs: 150_000,
    testInfo,
  });
  const base = server.base;

  // 40 uncached renders in flight, then SIGTERM while they run.
  const inFlight = Array.from({ length: 40 }, (_, i) =>
    fetch(`${base}/politique?arret=${i}`).then(async (r) => ({ status: r.status, length: (await r.text()).length })),
  );
  await new Promise((r) => setTimeout(r, 150));
  server.kill('SIGTERM');
  const results = await Promise.all(inFlight.map((p) => p.catch((error: Error) => ({ status: 0, length: 0, error: error.message }))));
  expect(results.filter((r) => r.status !== 200)).toEqual([]);
  expect(results.every((r) => r.length > 1000)).toBe(true);

  expect(await server.exited).toBe(0);
  await expect(fetch(`${base}/api/health/live`)).rejects.toThrow();
});
