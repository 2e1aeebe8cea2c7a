import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDatabase, NOT_BACKED_UP, restoreDatabase, TABLES } from '../../lib/ops/backup';
import { seedDemoNewsroom } from '../../prisma/seed';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();
const dir = mkdtempSync(path.join(tmpdir(), 'dakarinfo-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function snapshot() {
  const out: Record<string, unknown[]> = {};
  // As JSON text (tsvector included), in a stable order.
  for (const table of TABLES) {
    const rows = await prisma().$queryRawUnsafe<{ j: string }[]>(`SELECT row_to_json(t)::text AS j FROM "${table}" t`);
    out[table] = rows.map((r) => r.j).sort();
  }
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown[]>;
}

describe('backup and restore', () => {
  it('backs up every table the migrations create but those left out on purpose: a new table cannot be forgotten', async () => {
    const rows = await prisma().$queryRaw<{ name: string }[]>`
      SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
    expect(rows.map((row) => row.name).sort()).toEqual([...TABLES, ...NOT_BACKED_UP].sort());
  });

  it('round-trips: back up, change, restore, compare', async () => {
    await seedDemoNewsroom(prisma());
    const before = await snapshot();
    const file = path.join(dir, 'sauvegarde.json.gz');
    const header = await backupDatabase(process.env.DATABASE_URL as string, file);
    expect(header.counts.Article).toBeGreaterThan(40);
    // The demo's pictures, bytes and all (bytea through JSON and back).
    expect(header.counts.ImageVariant).toBeGreaterThan(20);

    await prisma().article.updateMany({ data: { title: 'Titre écrasé par erreur' } });
    await prisma().relatedLink.deleteMany({});
    await prisma().imageVariant.deleteMany({});
    await prisma().rubrique.create({ data: { slug: 'intruse', name: 'Intruse' } });

    await restoreDatabase(process.env.DATABASE_URL as string, file);
    expect(await snapshot()).toEqual(before);
    // The generated search column came back too.
    const found = await prisma().$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "Article" WHERE "searchVector" @@ to_tsquery('french_unaccent', 'dakar')`;
    expect(Number(found[0].n)).toBeGreaterThan(0);
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const count = await prisma().article.count();
    const bogus = path.join(dir, 'bogus.json.gz');
    writeFileSync(bogus, gzipSync('{"format":"autre"}\n'));
    await expect(restoreDatabase(process.env.DATABASE_URL as string, bogus)).rejects.toThrow(
      'Ce fichier n’est pas une sauvegarde de Dakarinfo.',
    );
    const partial = path.join(dir, 'partial.json.gz');
    const good = path.join(dir, 'good.json.gz');
    const header = await backupDatabase(process.env.DATABASE_URL as string, good);
    writeFileSync(
      partial,
      gzipSync(`${JSON.stringify({ ...header, counts: { ...header.counts, Article: header.counts.Article + 1 } })}\n`),
    );
    await expect(restoreDatabase(process.env.DATABASE_URL as string, partial)).rejects.toThrow(/Restauration incomplète/);
    expect(await prisma().article.count()).toBe(count);
  });
});
