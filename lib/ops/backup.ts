/**
 * Backups of Dakarinfo's data, in SQL only (no pg_dump needed, so the same code works with the
 * embedded PostgreSQL 18, whose client tools are not shipped, and with any managed server):
 * a gzip'd file of JSON lines — a header (format, date, migrations), then every row of every table,
 * read in one consistent snapshot. Restoring replaces all the data in one transaction: it either
 * all lands or nothing changes; and it refuses a backup made for another version of the schema.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';

/** In foreign-key order: restoring inserts them in this order. */
export const TABLES = [
  'User',
  'RecoveryCode',
  'SiteSetting',
  'Image',
  'ImageVariant',
  'Rubrique',
  'RubriqueSlug',
  'Article',
  'RelatedLink',
  'ArticleUpdate',
  'Revision',
  'ArticleSlug',
  'AuditLog',
  'LoginThrottle',
  'WorkingCopy',
  'ArticleComment',
  'FrontPageRevision',
  'Alert',
  'LiveEntry',
  'ArticleRead',
  'ErrorReport',
  'LegalRedaction',
] as const;
/**
 * Tables a backup leaves out, on purpose: sign-in sessions (a restore signs everyone out: the
 * TRUNCATE … CASCADE of "User" empties them) and who has a story open right now (EditingPresence,
 * seconds old by nature).
 */
export const NOT_BACKED_UP = ['UserSession', 'EditingPresence'] as const;
const FORMAT = 'dakarinfo-sauvegarde';
const BATCH = 1000;
/** Rows of stored pictures weigh up to a few hundred kilobytes each: a few at a time. */
const batchOf = (table: string) => (table === 'ImageVariant' ? 16 : BATCH);

type THeader = { format: string; version: 1; createdAt: string; migrations: string[]; counts: Record<string, number> };

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const rows = await client.query<{ migration_name: string }>(
    'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
  );
  return rows.rows.map((r) => r.migration_name);
}

async function* lines(client: pg.Client, header: THeader): AsyncGenerator<string> {
  yield `${JSON.stringify(header)}\n`;
  for (const table of TABLES) {
    let last = '(0,0)';
    for (;;) {
      // Keyset on the physical row id: cheap at any size, stable inside the snapshot. (`t.ctid`: a bare
      // `ctid` here would be the text column of the same name, ordered as text, "(0,10)" before "(0,2)".)
      const batch = await client.query<{ ctid: string; row: unknown }>(
        `SELECT ctid::text AS ctid, row_to_json(t) AS row FROM "${table}" t WHERE t.ctid > $1::tid ORDER BY t.ctid LIMIT ${batchOf(table)}`,
        [last],
      );
      for (const { row } of batch.rows) yield `${JSON.stringify({ t: table, r: row })}\n`;
      if (batch.rows.length < batchOf(table)) break;
      last = batch.rows[batch.rows.length - 1].ctid;
    }
  }
}

export async function backupDatabase(databaseUrl: string, file: string): Promise<THeader> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const counts: Record<string, number> = {};
    for (const table of TABLES) counts[table] = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    const header: THeader = {
      format: FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(client),
      counts,
    };
    await pipeline(Readable.from(lines(client, header)), createGzip(), createWriteStream(file, { mode: 0o600 }));
    await client.query('COMMIT');
    return header;
  } finally {
    await client.end();
  }
}

async function insertBatch(client: pg.Client, table: string, columns: string[], rows: unknown[]) {
  const list = columns.map((c) => `"${c}"`).join(', ');
  await client.query(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`, [
    JSON.stringify(rows),
  ]);
}

export async function restoreDatabase(databaseUrl: string, file: string): Promise<THeader> {
  let input: ReturnType<typeof createInterface> | undefined;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let header: THeader | null = null;
  try {
    await client.query('BEGIN');
    const columns: Record<string, string[]> = {};
    for (const table of TABLES) {
      const result = await client.query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position",
        [table],
      );
      columns[table] = result.rows.map((r) => r.column_name);
    }
    let pending: { table: string; rows: unknown[] } = { table: '', rows: [] };
    const flush = async () => {
      if (pending.rows.length) await insertBatch(client, pending.table, columns[pending.table], pending.rows);
      pending = { table: '', rows: [] };
    };
    // Created just before reading: lines emitted before the loop starts would be lost.
    input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of input) {
      if (!line) continue;
      if (!header) {
        header = JSON.parse(line) as THeader;
        if (header.format !== FORMAT) throw new Error('Ce fichier n’est pas une sauvegarde de Dakarinfo.');
        const here = await appliedMigrations(client);
        if (here.join() !== header.migrations.join()) {
          throw new Error(
            `Cette sauvegarde a été faite pour une autre version du schéma (${header.migrations.at(-1) ?? 'aucune'} ; ici : ${here.at(-1) ?? 'aucune'}). Appliquez les mêmes migrations d’abord.`,
          );
        }
        await client.query(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(', ')} CASCADE`);
        continue;
      }
      const { t, r } = JSON.parse(line) as { t: string; r: unknown };
      if (!(TABLES as readonly string[]).includes(t)) throw new Error(`Table inconnue dans la sauvegarde : ${t}`);
      if (pending.table !== t || pending.rows.length >= batchOf(t)) await flush();
      pending.table = t;
      pending.rows.push(r);
    }
    await flush();
    if (!header) throw new Error('Sauvegarde vide ou illisible.');
    for (const table of TABLES) {
      const n = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
      if (n !== header.counts[table])
        throw new Error(`Restauration incomplète pour ${table} : ${n} lignes au lieu de ${header.counts[table]}.`);
    }
    await client.query('COMMIT');
    return header;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    input?.close();
    await client.end();
  }
}
