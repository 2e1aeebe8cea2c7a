/**
 * Backups with PostgreSQL's own tools, when they can be used: pg_dump in its custom format, and
 * pg_restore in a single transaction (a restore that fails leaves the database as it was).
 *
 * pg_dump refuses a server newer than itself. The embedded PostgreSQL is 18 and ships no client
 * tools, and Debian's pg_dump is 15: for the embedded database (or any server newer than the
 * installed pg_dump), lib/ops/backup.ts's SQL backup is used instead, and the command says why.
 * The password never appears on a command line (PGPASSWORD, in the child's environment only).
 */
import { spawnSync } from 'node:child_process';
import { openSync, readSync, closeSync } from 'node:fs';
import pg from 'pg';

export type TPgTools = { usable: true; version: string } | { usable: false; reason: string };

function toolMajor(tool: string): { major: number; version: string } | null {
  const result = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  const match = /\(PostgreSQL\)\s+(\d+)(\.\d+)?/.exec(result.stdout ?? '');
  return match ? { major: Number(match[1]), version: `${match[1]}${match[2] ?? ''}` } : null;
}

export async function serverMajor(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`);
    return Math.floor(Number(rows[0].v) / 10_000);
  } finally {
    await client.end();
  }
}

/** Whether pg_dump and pg_restore are installed and at least as new as the server. */
export async function pgToolsFor(databaseUrl: string): Promise<TPgTools> {
  const dump = toolMajor('pg_dump');
  const restore = toolMajor('pg_restore');
  if (!dump || !restore) return { usable: false, reason: 'pg_dump et pg_restore ne sont pas installés' };
  const server = await serverMajor(databaseUrl);
  if (dump.major < server || restore.major < server) {
    return { usable: false, reason: `pg_dump ${dump.version} ne sait pas sauvegarder un serveur PostgreSQL ${server}` };
  }
  return { usable: true, version: dump.version };
}

/** The URL without its password, and the environment that carries the password. */
function connection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(tool, args, { env, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${tool} a échoué : ${(result.stderr || result.error?.message || '').trim().split('\n').slice(-3).join(' ')}`);
}

export function pgDump(databaseUrl: string, file: string): void {
  const { url, env } = connection(databaseUrl);
  run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`], env);
}

/** Replaces the database's schema and data with the dump's, all or nothing. */
export function pgRestore(databaseUrl: string, file: string): void {
  if (!isPgDumpFile(file)) throw new Error('Ce fichier n’est pas une sauvegarde pg_dump (format personnalisé).');
  const { url, env } = connection(databaseUrl);
  run(
    'pg_restore',
    ['--clean', '--if-exists', '--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', `--dbname=${url}`, file],
    env,
  );
}

/** pg_dump's custom format starts with "PGDMP". */
export function isPgDumpFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    return head.toString('latin1') === 'PGDMP';
  } finally {
    closeSync(fd);
  }
}
