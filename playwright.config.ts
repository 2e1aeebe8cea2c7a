import { defineConfig, devices } from '@playwright/test';
import { realChromiumChecks } from './lib/ops/ensure-chromium';
import { findChromium } from './lib/ops/find-chromium';

/**
 * End-to-end tests against the production build, served by the same start script as `npm start`,
 * on its own port and database (E2E_DATABASE_URL, prepared and seeded by `npm test`).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) throw new Error('E2E_DATABASE_URL manquant : lancez les tests de bout en bout avec « npm test -- e2e ».');
/** `npm test` sets CHROMIUM_PATH to the browser it found or installed; else the same search, here. */
const browser = findChromium(process.env, realChromiumChecks);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: browser.kind === 'found' ? browser.path : process.env.CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node --import tsx scripts/start.ts',
    url: `http://localhost:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: databaseUrl,
      DAKARINFO_DIST_DIR: '.next-e2e',
      PORT: String(PORT),
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXTAUTH_SECRET: 'e2e-secret-only-for-tests-0123456789abcdef',
      // As behind one reverse proxy: `X-Forwarded-For` names a reader elsewhere (e2e/security-review.spec.ts).
      TRUST_PROXY: '1',
      // « Les plus lus » within seconds rather than minutes (e2e/most-read.spec.ts); its pages are purged
      // only when the ranking changes, at most this often.
      READS_FLUSH_MS: '1000',
      MOST_READ_REFRESH_MS: '15000',
    },
  },
});
