/**
 * A rolling restart under load, measured: the topology of `npm run cluster` (scripts/cluster/), wrk
 * through Varnish on pages it does not have (a new `v` parameter per request, so every request reaches
 * an instance, which serves the page from its cache) and on `/api/health/live` (passed through), while
 * each instance in turn gets SIGTERM, exits, starts again and becomes ready. Every request must get
 * its answer: wrk's socket errors, timeouts and answers of 400 or more are reported, zero is the target.
 *
 * Alone: `npx tsx scripts/bench/rolling-restart.ts` (builds into .data/cluster/next if needed, starts
 * the topology in .data/bench-cluster/, stops it at the end). `npm run bench` runs it as its last step.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { needsBuild, recordBuild } from '../../lib/ops/build-stamp';
import { startTopology, type TTopology } from '../cluster/topology';
import { type TLoadRun, wrk } from './load';
import { PROJECT_ROOT } from './util';

export type TRollingRestart = {
  load: TLoadRun;
  /** How long each instance took from SIGTERM to ready again, in seconds. */
  restartSeconds: number[];
  seconds: number;
};

const CONNECTIONS = 20;

/** wrk through `topology`'s Varnish during a rolling restart of its instances. */
export async function measureRollingRestart(topology: TTopology, log: (message: string) => void = () => {}): Promise<TRollingRestart> {
  const origin = topology.varnishUrl;
  let finished: () => void = () => {};
  const restartsDone = new Promise<void>((resolve) => (finished = resolve));
  const started = Date.now();
  const load = wrk(
    { origin, paths: ['/', '/api/health/live'] },
    { connections: CONNECTIONS, seconds: 600, threads: 1, uniqueParam: 'v', until: restartsDone },
  );
  const restartSeconds: number[] = [];
  try {
    // A few seconds of load before, so that the restart happens under a steady stream.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (let index = 0; index < topology.apps.length; index += 1) {
      const at = Date.now();
      log(`SIGTERM to ${topology.apps[index]?.name}, then start and readiness…`);
      await topology.restart(index);
      restartSeconds.push((Date.now() - at) / 1000);
      // Back in Varnish's rotation (two good probes of 500 ms) before the next one leaves it.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  } finally {
    finished();
  }
  return { load: await load, restartSeconds, seconds: (Date.now() - started) / 1000 };
}

export function rollingRestartText(result: TRollingRestart): string {
  const { load } = result;
  const errors = load.errors + load.timeouts + load.non2xx;
  return (
    `rolling restart of ${result.restartSeconds.length} instances under load through Varnish: ${load.total} requests in ` +
    `${result.seconds.toFixed(0)} s (${load.requestsPerSecond.toFixed(0)}/s, p99 ${load.p99.toFixed(1)} ms), ` +
    `${errors} error(s) (socket ${load.errors}, timeouts ${load.timeouts}, status ≥ 400 ${load.non2xx}); ` +
    `each instance from SIGTERM to ready: ${result.restartSeconds.map((s) => `${s.toFixed(1)} s`).join(', ')}`
  );
}

/** The topology for this measure alone (outside `npm run bench`). */
async function main() {
  const distDir = '.data/cluster/next';
  process.env.DAKARINFO_DIST_DIR = distDir;
  if (needsBuild(PROJECT_ROOT)) {
    console.log(`▸ next build → ${distDir}…`);
    const built = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (built.status !== 0) throw new Error('next build failed');
    recordBuild(PROJECT_ROOT);
  }
  const say = (message: string) => console.log(`▸ ${message}`);
  const topology = await startTopology({
    dir: path.join(PROJECT_ROOT, '.data', 'bench-cluster'),
    distDir,
    redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    log: say,
  });
  try {
    const result = await measureRollingRestart(topology, say);
    console.log(`✓ ${rollingRestartText(result)}`);
    const errors = result.load.errors + result.load.timeouts + result.load.non2xx;
    process.exitCode = errors === 0 ? 0 : 1;
  } finally {
    await topology.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`✗ ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  });
}
