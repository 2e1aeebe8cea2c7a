/**
 * The benchmark's PostgreSQL: its own embedded cluster in .data/bench/ with two newsrooms (bench_1k and
 * the large one, kept between runs: seeding it takes minutes), and the streaming replica instance 2
 * reads from. What was started is kept in a `TCluster`, so that it is stopped also on failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from '../../lib/ops/embedded-postgres';
import { startReplicaOf } from '../cluster/postgres';
import { seedBenchDatabase, type TSeedResult } from './seed';
import { LARGE, LARGE_DB, SMALL } from './settings';
import { BENCH_DATA_DIR, fmtInt, note, PROJECT_ROOT, query, say } from './util';

/** Instance 2 reads readers' pages from a streaming replica of the benchmark's cluster (DATABASE_REPLICA_URLS). */
const REPLICA_DATA_DIR = path.join(PROJECT_ROOT, '.data', 'bench-replica');

export type TCluster = {
  embedded: TEmbeddedPostgres | null;
  replica: TEmbeddedPostgres | null;
  /** A PostgreSQL an earlier run left running, reused by this one: stopped at the end. */
  leftoverPostgresPid: number | null;
};

/** The postmaster of the benchmark's cluster, from its postmaster.pid (see lib/ops/embedded-postgres.ts for where it lives). */
export function postmasterPid(): number | undefined {
  const location = path.join(BENCH_DATA_DIR, 'pg-location.txt');
  const cluster = existsSync(location) ? path.join(readFileSync(location, 'utf8').trim(), 'pg') : path.join(BENCH_DATA_DIR, 'pg');
  try {
    return Number(readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

export async function startCluster(cluster: TCluster): Promise<TEmbeddedPostgres> {
  say('Starting the benchmark’s embedded PostgreSQL (.data/bench/)…');
  const embedded = await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, log: note });
  cluster.embedded = embedded;
  if (!embedded.owned) cluster.leftoverPostgresPid = postmasterPid() ?? null;
  return embedded;
}

/** The two newsrooms: bench_1k made afresh, the large one kept from an earlier run when it can be. */
export async function seedNewsrooms(adminUrl: string): Promise<{ seeding: TSeedResult[]; small: TSeedResult; large: TSeedResult }> {
  const seeding: TSeedResult[] = [];
  say(`Seeding bench_1k (${fmtInt(SMALL)} stories)…`);
  seeding.push(await seedBenchDatabase(adminUrl, 'bench_1k', SMALL, { reuse: false, log: note }));
  note(`bench_1k ready in ${seeding[0].seconds.toFixed(1)} s`);
  say(`Preparing ${LARGE_DB} (${fmtInt(LARGE)} stories)…`);
  seeding.push(await seedBenchDatabase(adminUrl, LARGE_DB, LARGE, { reuse: true, log: note }));
  const large = seeding[1];
  note(
    large.reused
      ? `${LARGE_DB} kept from an earlier run (seeding it took ${large.seconds.toFixed(0)} s then)`
      : `${LARGE_DB} seeded in ${large.seconds.toFixed(1)} s`,
  );
  return { seeding, small: seeding[0], large };
}

/** A streaming replica of the cluster (a copy, then streaming); the address of the large newsroom on it. */
export async function startReplica(cluster: TCluster, primary: TEmbeddedPostgres): Promise<string> {
  say('Starting a streaming replica of the benchmark’s PostgreSQL (.data/bench-replica/), for instance 2…');
  const copyStarted = Date.now();
  const { replica, url: replicaUrl } = await startReplicaOf(primary, {
    primaryDataDir: BENCH_DATA_DIR,
    dataDir: REPLICA_DATA_DIR,
    database: LARGE_DB,
    log: note,
  });
  cluster.replica = replica;
  await query(replicaUrl, 'SELECT 1');
  note(`replica ready in ${((Date.now() - copyStarted) / 1000).toFixed(0)} s (a copy of the cluster, then streaming)`);
  return replicaUrl;
}

/** Stops the replica, then the cluster if this run started it (or the one an earlier run left running). */
export async function stopCluster(cluster: TCluster): Promise<void> {
  if (cluster.replica) {
    say('Stopping the streaming replica…');
    await cluster.replica.stop();
  }
  if (cluster.embedded?.owned) {
    say('Stopping the embedded PostgreSQL…');
    await cluster.embedded.stop();
  } else if (cluster.leftoverPostgresPid) {
    say(`Stopping the PostgreSQL an earlier bench run left running (pid ${cluster.leftoverPostgresPid})…`);
    try {
      process.kill(cluster.leftoverPostgresPid, 'SIGINT');
    } catch {
      // gone already
    }
  }
}
