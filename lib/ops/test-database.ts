/**
 * Databases for the test suite: a real PostgreSQL server (TEST_DATABASE_URL, else an embedded one on
 * `.data/test/`), a migrated template database, and throw-away copies of it (CREATE DATABASE …
 * TEMPLATE …, about a tenth of a second) so that every test file starts from a clean schema.
 */
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from './database-url';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from './embedded-postgres';
import { migrate } from './migrate';

/**
 * This checkout's own names on the server: several checkouts may run `npm test` at once on one
 * TEST_DATABASE_URL, and each drops and recreates its template and end-to-end database (one run at a
 * time per checkout: scripts/test.ts takes a lock).
 */
const CHECKOUT = createHash('sha256').update(PROJECT_ROOT).digest('hex').slice(0, 8);
export const TEMPLATE_DATABASE = `dakarinfo_test_template_${CHECKOUT}`;
export const E2E_DATABASE = `dakarinfo_e2e_${CHECKOUT}`;

export type TTestServer = { adminUrl: string; embedded: TEmbeddedPostgres | null };

export async function startTestServer(log: (m: string) => void = () => {}): Promise<TTestServer> {
  if (process.env.TEST_DATABASE_URL) return { adminUrl: process.env.TEST_DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(PROJECT_ROOT, '.data', 'test'), log });
  return { adminUrl: embedded.adminUrl, embedded };
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops and recreates `name` (from the template when given). */
export async function recreateDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await withAdmin(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name} ${template ? `TEMPLATE ${template}` : 'TEMPLATE template0'} ENCODING 'UTF8'`);
  });
  return databaseUrl(serverUrl, name);
}

export async function prepareTemplate(serverUrl: string): Promise<string> {
  const url = await recreateDatabase(serverUrl, TEMPLATE_DATABASE);
  await migrate(url);
  return url;
}

/** A fresh, migrated, empty database for one test file. */
export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `dakarinfo_t_${randomBytes(5).toString('hex')}`;
  const url = await recreateDatabase(serverUrl, name, TEMPLATE_DATABASE);
  return { url, drop: () => withAdmin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}) };
}
