/**
 * « Les plus lus » (issue 22): readers at full speed — each a story's page, then its read beacon, as a
 * browser loads them (scripts/bench/wrk-reads.lua) — on every path at once (instance 1, instance 2,
 * Varnish), while the instances count in memory and add to the database in batches. Reported: the
 * beacons served (wrk's 200s) against the reads counted in the database once the last batch is in
 * (within 1 %), and the rows the database received per minute (bounded by the flushes, not the reads).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { WRK } from './load';
import { PROJECT_ROOT, query as sql, sleep } from './util';

const WRK_SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'bench', 'wrk-reads.lua');
/** The instances' READS_FLUSH_MS (the default, 10 s), and a margin for the last batch. */
const FLUSH_MS = 10_000;

export type TReadsPath = { name: string; pages: number; beacons: number; failed: number; errors: number; requestsPerSecond: number };
export type TReadsResult = {
  seconds: number;
  paths: TReadsPath[];
  served: number;
  counted: number;
  /** |counted − served| / served. */
  gap: number;
  /** Rows inserted or updated in "ArticleRead" per minute during the run (pg_stat_user_tables). */
  rowsPerMinute: number;
  /** At most one statement per instance per flush. */
  statementsPerMinuteBound: number;
};

function wrkReads(url: string, beaconPath: string, connections: number, seconds: number) {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`bench: refusing to load ${url}`);
  return new Promise<{ pages: number; beacons: number; failed: number; errors: number; requests: number; durationUs: number }>(
    (resolve, reject) => {
      const child = spawn(
        WRK,
        ['-t', '1', '-c', String(connections), '-d', `${seconds}s`, '--timeout', '10s', '-s', WRK_SCRIPT, url, '--', beaconPath],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('error', reject);
      child.on('close', () => {
        const line = out.split('\n').find((l) => l.startsWith('WRK_JSON '));
        if (!line) return reject(new Error(`no WRK_JSON line from wrk: ${out.slice(-300)}`));
        const json = JSON.parse(line.slice('WRK_JSON '.length)) as Record<string, number>;
        resolve({
          pages: json.pages,
          beacons: json.beacons,
          failed: json.failed,
          errors: json.connect + json.read + json.write + json.timeout,
          requests: json.requests,
          durationUs: json.durationUs,
        });
      });
    },
  );
}

async function written(databaseUrl: string): Promise<number> {
  const [row] = await sql<{ n: string }>(
    databaseUrl,
    `SELECT coalesce(n_tup_ins + n_tup_upd, 0)::text AS n FROM pg_stat_user_tables WHERE relname = 'ArticleRead'`,
  );
  return Number(row?.n ?? 0);
}

export async function measureReads(options: {
  targets: { name: string; url: string }[];
  databaseUrl: string;
  articleId: string;
  instances: number;
  seconds: number;
  connections: number;
  log: (m: string) => void;
}): Promise<TReadsResult> {
  const total = async () => {
    const [row] = await sql<{ n: string }>(
      options.databaseUrl,
      `SELECT coalesce(sum(count), 0)::text AS n FROM "ArticleRead" WHERE "articleId" = $1`,
      [options.articleId],
    );
    return Number(row?.n ?? 0);
  };
  // Whatever was counted before (the warm-up's own reads) is in the database first.
  await sleep(FLUSH_MS + 2_000);
  const before = await total();
  const rowsBefore = await written(options.databaseUrl);
  const started = Date.now();
  const beaconPath = `/lu/${options.articleId}.gif`;
  const perPath = Math.max(2, Math.floor(options.connections / options.targets.length));
  const runs = await Promise.all(options.targets.map((t) => wrkReads(t.url, beaconPath, perPath, options.seconds)));
  // The last batch: every instance flushes within FLUSH_MS.
  await sleep(FLUSH_MS + 2_000);
  const minutes = (Date.now() - started) / 60_000;
  const counted = (await total()) - before;
  const rows = (await written(options.databaseUrl)) - rowsBefore;
  const paths = options.targets.map((t, i) => ({
    name: t.name,
    pages: runs[i].pages,
    beacons: runs[i].beacons,
    failed: runs[i].failed,
    errors: runs[i].errors,
    requestsPerSecond: runs[i].requests / (runs[i].durationUs / 1e6),
  }));
  const served = paths.reduce((n, p) => n + p.beacons, 0);
  const result: TReadsResult = {
    seconds: options.seconds,
    paths,
    served,
    counted,
    gap: served ? Math.abs(counted - served) / served : Infinity,
    rowsPerMinute: rows / minutes,
    statementsPerMinuteBound: options.instances * (60_000 / FLUSH_MS),
  };
  options.log(
    `  ${served} beacons served, ${counted} reads counted (${(result.gap * 100).toFixed(2)} % apart); ${paths.map((p) => `${p.name}: ${p.pages} pages, ${p.beacons} beacons, ${p.failed + p.errors} failed`).join('; ')}; ${result.rowsPerMinute.toFixed(1)} rows written per minute`,
  );
  return result;
}
