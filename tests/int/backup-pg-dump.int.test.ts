import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { TABLES } from '../../lib/ops/backup';
import { migrate } from '../../lib/ops/migrate';
import { isPgDumpFile, pgDump, pgRestore, pgToolsFor } from '../../lib/ops/pg-dump';
import { createPrismaClient } from '../../lib/prisma-client';
import { seedDemoNewsroom } from '../../prisma/seed';

/**
 * pg_dump / pg_restore round trip on a configured PostgreSQL server that the installed pg_dump can
 * read (on these machines: Debian's PostgreSQL 15 at 127.0.0.1:5432 and its pg_dump 15). Skipped,
 * with the reason, where there is none. The embedded PostgreSQL 18 is covered by backup.int.test.ts.
 */
const SERVER = process.env.PG_DUMP_TEST_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function availability(): Promise<string | null> {
  try {
    const tools = await pgToolsFor(SERVER);
    return tools.usable ? null : tools.reason;
  } catch (error) {
    return `aucun serveur PostgreSQL à ${new URL(SERVER).host} (${(error as Error).message})`;
  }
}

const unavailable = await availability();
if (unavailable) console.warn(`pg_dump : test ignoré — ${unavailable}`);

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe.skipIf(unavailable !== null)('backup and restore with pg_dump / pg_restore', () => {
  const name = `dakarinfo_pgdump_${randomBytes(4).toString('hex')}`;
  const url = Object.assign(new URL(SERVER), { pathname: `/${name}` }).toString();
  const dir = mkdtempSync(path.join(tmpdir(), 'dakarinfo-pgdump-'));
  let prisma: PrismaClient;

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    await migrate(url);
    prisma = createPrismaClient(url, 2);
    await seedDemoNewsroom(prisma);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  });

  async function snapshot() {
    const out: Record<string, string[]> = {};
    for (const table of [...TABLES, '_prisma_migrations']) {
      const rows = await prisma.$queryRawUnsafe<{ j: string }[]>(`SELECT row_to_json(t)::text AS j FROM "${table}" t`);
      out[table] = rows.map((r) => r.j).sort();
    }
    return out;
  }

  it('round-trips: back up, change, restore, compare', async () => {
    const before = await snapshot();
    expect(before.Article.length).toBeGreaterThan(40);
    const file = path.join(dir, 'dakarinfo.dump');
    pgDump(url, file);
    expect(isPgDumpFile(file)).toBe(true);
    // The password never goes into the file name or a command line; the dump holds the data.
    await prisma.article.updateMany({ data: { title: 'Titre écrasé par erreur' } });
    await prisma.relatedLink.deleteMany({});
    await prisma.rubrique.create({ data: { slug: 'intruse', name: 'Intruse' } });

    await prisma.$disconnect();
    pgRestore(url, file);
    prisma = createPrismaClient(url, 2);
    expect(await snapshot()).toEqual(before);
    const found = await prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "Article" WHERE "searchVector" @@ to_tsquery('french_unaccent', 'dakar')`;
    expect(Number(found[0].n)).toBeGreaterThan(0);
  });

  it('a damaged dump changes nothing', async () => {
    const before = await snapshot();
    const good = path.join(dir, 'bon.dump');
    pgDump(url, good);
    const damaged = path.join(dir, 'abime.dump');
    const bytes = readFileSync(good);
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await prisma.$disconnect();
    expect(() => pgRestore(url, damaged)).toThrow(/pg_restore a échoué/);
    const notADump = path.join(dir, 'texte.dump');
    writeFileSync(notADump, 'pas une sauvegarde');
    expect(() => pgRestore(url, notADump)).toThrow('Ce fichier n’est pas une sauvegarde pg_dump (format personnalisé).');
    prisma = createPrismaClient(url, 2);
    expect(await snapshot()).toEqual(before);
  });
});
