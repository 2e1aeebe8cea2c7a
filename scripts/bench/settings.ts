/**
 * The settings of a `npm run bench` run, from its command line (`--quick`) and its environment
 * (BENCH_PORT_BASE, BENCH_REDIS_URL, BENCH_WAIT_QUIET, BENCH_LARGE), and the report's « How it was
 * measured » list that describes them.
 */
import path from 'node:path';
import { WRK_THREADS, wrkVersion } from './load';
import type { TPage } from './results';
import { varnishVersion } from './varnish';
import { BENCH_DATA_DIR, BENCH_DIST_DIR, fmtInt, PROJECT_ROOT } from './util';

export const quick = process.argv.includes('--quick');
/**
 * Some steps alone, after the set-up, into STEPS-RESULTS.md: `--live` (issue 20: readers polling a
 * live, a long live's render), `--reads` (issue 22: « Les plus lus » counted at full speed).
 */
export const onlySteps = { live: process.argv.includes('--live'), reads: process.argv.includes('--reads') };
export const stepsOnly = onlySteps.live || onlySteps.reads;
export const RUNS = quick ? 1 : 3;
/** 8 s per wrk run (10 with autocannon): six pages now, and the full run stays under ~25 minutes. */
export const SECONDS = quick ? 3 : 8;
export const WARMUP_SECONDS = quick ? 1 : 2;
export const CONNECTIONS = 50;
/** A run during which processes outside the benchmark used more than this share of the CPU is repeated. */
export const DISTURBED = 0.15;
/** At most this many repeated runs in all. */
export const MAX_REPEATS = quick ? 2 : 12;
export const SEQUENTIAL = quick ? { count: 30, warmup: 3, maxMs: 5_000 } : { count: 200, warmup: 10, maxMs: 25_000 };
export const PUBLISH_TRIALS = quick ? 2 : 5;
export const LIVE_SECONDS = quick ? 8 : 30;
/** Readers polling a live (scripts/bench/live-poll.ts): pollers, seconds of posting, seconds of wrk on 304s. */
export const LIVE_POLL = quick ? { pollers: 200, seconds: 8, wrkSeconds: 3 } : { pollers: 1_000, seconds: 30, wrkSeconds: 8 };
export const LIGHTHOUSE_RUNS = quick ? 1 : 3;
/** Minutes to wait for a quiet machine before the load runs (0: do not wait). */
export const QUIET_MINUTES = Number(process.env.BENCH_WAIT_QUIET ?? 5);
export const LARGE = Number(process.env.BENCH_LARGE ?? 1_000_000);
export const SMALL = 1_000;
export const LARGE_DB = LARGE === 1_000_000 ? 'bench_1m' : `bench_${LARGE}`;
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 3201);
export const PORTS = {
  app1: PORT_BASE,
  app2: PORT_BASE + 1,
  uncached: PORT_BASE + 2,
  uncached1k: PORT_BASE + 3,
  varnish: PORT_BASE + 4,
  baseline: PORT_BASE + 5,
  explain: PORT_BASE + 6,
  fresh: PORT_BASE + 7,
};
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** This run's names in Redis (purge channel, shared page cache): nothing from another run is served. */
export const REDIS_PREFIX = `dakarinfo-bench-${process.pid}-${Date.now()}:`;
/** A broad search (a topical word in many stories) for every measurement, and a narrow one for renders and plans. */
export const SEARCH_WORD = 'sécheresse';
export const NARROW_SEARCH = 'moratoire Kédougou';
export const OUT_DIR = quick ? path.join(BENCH_DATA_DIR, 'quick') : path.join(PROJECT_ROOT, 'bench');
export const LOG_DIR = path.join(BENCH_DATA_DIR, 'logs');
export const base = (port: number) => `http://127.0.0.1:${port}`;

/** What the « How it was measured » list says of this run's setup. */
export type TSetup = {
  pages: TPage[];
  rotations: Record<string, string[]>;
  searchMatches: { broad: number; narrow: number };
  redisOk: boolean;
  varnishOk: boolean;
  app2: boolean;
  replicaUrl: string | null;
};

/** The report's « How it was measured » list. */
export function settingsText({ pages, rotations, searchMatches, redisOk, varnishOk, app2, replicaUrl }: TSetup): string[] {
  return [
    `The production build (\`next build\` into ${BENCH_DIST_DIR}), each instance started as \`npm start\` starts it: \`node node_modules/tsx/dist/cli.mjs scripts/start.ts\`, with DATABASE_URL, PORT, NEXTAUTH_SECRET, DAKARINFO_DIST_DIR; 10 database connections per instance (the default).`,
    `Instance 1 (port ${PORTS.app1}): ${LARGE_DB}, page cache on${redisOk ? ', REDIS_URL' : ''}${varnishOk ? ', PURGE_URL → Varnish' : ''}. ${app2 ? `Instance 2 (port ${PORTS.app2}): same database, REDIS_URL${replicaUrl ? ", and DATABASE_REPLICA_URLS: readers' pages read from a streaming replica of the cluster (a hot standby of the embedded PostgreSQL, made by the benchmark)" : ''}. ` : ''}Instances with PAGE_CACHE=off on ${LARGE_DB} (port ${PORTS.uncached}) and bench_1k (port ${PORTS.uncached1k}).`,
    varnishOk
      ? `Varnish ${varnishVersion()} on port ${PORTS.varnish}, \`-s malloc,256m\`, VCL = varnish/default.vcl with the backend port set to instance 1.`
      : 'No Varnish.',
    `Baseline: a bare Node.js \`http\` server in its own process, answering each URL with the exact bytes instance 1 sent for it (gzip, as asked) and the same Content-Type / Content-Encoding.`,
    `Load: wrk ${wrkVersion()} (C, epoll), one process with ${WRK_THREADS} threads, ${CONNECTIONS} connections, ${SECONDS} s, ${RUNS} runs per page and mode with the modes interleaved, after a ${WARMUP_SECONDS} s warm-up that is not counted; header \`Accept-Encoding: gzip\` on every request; \`--latency\` (p50 and p99 from wrk's histogram, microsecond resolution); a Lua script (scripts/bench/wrk.lua) chooses each request's address and prints the counts as JSON (answers ≥ 400, socket errors, timeouts). The load generator runs on the same 2 cores as the servers: its two threads compete with the server for them, so every figure is what the machine does with both; the ratios compare modes under that same sharing.`,
    `wrk drops the requests still in flight when a run ends; on the instance without a page cache those are renders, finished for no one (the abort probe checks that a reader who leaves mid-render harms no later reader of the page).`,
    `Pages: ${pages.map((p) => `${p.label} \`${p.path}\``).join(', ')}; the article is the demo story with the most « À lire aussi » links. Rendered every time (PAGE_CACHE=off), each kind rotates over several pages so that the database does not serve one row over and over: ${pages.map((p) => `${p.label.toLowerCase()} ${rotations[p.key].length}`).join(', ')} (the rubriques, the ${rotations.article.length} latest demo stories, the authors with published stories, ${rotations.search.length} broad searches); the baseline, the page cache and Varnish serve the one page the baseline has the bytes of.`,
    `Newsrooms: bench_1k = the demo newsroom + generated stories up to ${fmtInt(SMALL)}; ${LARGE_DB} = the same up to ${fmtInt(LARGE)}. Generated stories: 98 % published, 1 % placed TOP, spread over the 6 rubriques and the 7 demo authors, one every ~${((10 * 365.25 * 24 * 60) / LARGE).toFixed(0)} min over ten years (all older than the demo stories), French titles from word lists, bodies of ~350 characters. The broad search « ${SEARCH_WORD} » matches ${fmtInt(searchMatches.broad)} published stories of ${LARGE_DB} (a topical word, in titles and bodies); the narrow one, « ${NARROW_SEARCH} » (renders and plans only), ${fmtInt(searchMatches.narrow)}.`,
    `The CPU used by processes the benchmark did not start is measured during every run (/proc/stat minus the benchmark's process tree); a run where it exceeded ${DISTURBED * 100} % is repeated (at most ${MAX_REPEATS} repeats in all), and what remains above 10 % is listed in the notes.`,
  ];
}
