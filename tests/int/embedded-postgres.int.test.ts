import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDatabase, startEmbeddedPostgres } from '../../lib/ops/embedded-postgres';

const dataDir = mkdtempSync(path.join(tmpdir(), 'dakarinfo-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('starts on a free loopback port with a password, keeps data across a clean stop, and is reused while running', async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    expect(first.owned).toBe(true);
    expect(first.port).not.toBe(5432);
    const url = await ensureDatabase(first.adminUrl, 'essai');
    await query(url, 'CREATE TABLE t (v text); INSERT INTO t VALUES ($$l’été$$)');

    // Another process (say `npm run user` while `npm start` runs) reuses the running server.
    const second = await startEmbeddedPostgres({ dataDir });
    expect(second.owned).toBe(false);
    expect(second.port).toBe(first.port);

    // The password is required (scram-sha-256), and the server listens on loopback only.
    const wrong = new URL(first.adminUrl);
    wrong.password = 'mauvais';
    await expect(query(wrong.toString(), 'SELECT 1')).rejects.toThrow();
    expect(await query(first.adminUrl, 'SHOW listen_addresses')).toEqual([{ listen_addresses: '127.0.0.1' }]);
    expect(await query(first.adminUrl, "SELECT to_tsvector('french', 'élections') AS v")).toEqual([{ v: "'élect':1" }]);

    await first.stop();
    const third = await startEmbeddedPostgres({ dataDir });
    expect(third.owned).toBe(true);
    expect(await query(await ensureDatabase(third.adminUrl, 'essai'), 'SELECT v FROM t')).toEqual([{ v: 'l’été' }]);
    await third.stop();
  });
});
