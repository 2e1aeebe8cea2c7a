import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

/**
 * SIGTERM under load: the server stops taking new connections, finishes every request already
 * accepted (none is cut), closes its pool, and exits by itself.
 */
const PORT = 3105;
const base = `http://127.0.0.1:${PORT}`;

test('SIGTERM lets every accepted request finish, then the process exits', async () => {
  test.setTimeout(180_000);
  const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      PORT: String(PORT),
      NODE_ENV: 'production',
      PAGE_CACHE: 'off',
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: 'e2e-secret-only-for-tests-0123456789abcdef',
      DAKARINFO_DIST_DIR: '.next-e2e',
    },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  for (let i = 0; i < 120 && !(await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false)); i += 1) await new Promise((r) => setTimeout(r, 500));

  // 40 uncached renders in flight, then SIGTERM while they run.
  const inFlight = Array.from({ length: 40 }, (_, i) => fetch(`${base}/politique?arret=${i}`).then(async (r) => ({ status: r.status, length: (await r.text()).length })));
  await new Promise((r) => setTimeout(r, 150));
  server.kill('SIGTERM');
  const results = await Promise.all(inFlight.map((p) => p.catch((error: Error) => ({ status: 0, length: 0, error: error.message }))));
  expect(results.filter((r) => r.status !== 200)).toEqual([]);
  expect(results.every((r) => r.length > 1000)).toBe(true);

  expect(await exited).toBe(0);
  await expect(fetch(`${base}/api/health/live`)).rejects.toThrow();
});
