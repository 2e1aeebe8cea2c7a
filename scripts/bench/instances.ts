/**
 * The site and its instances for `npm run bench`: the production build in its own folder, the app
 * started as `npm start` does (scripts/cluster/app.ts, shared with `npm run cluster`) once per role (instance 1 with the page cache,
 * Redis and PURGE_URL → Varnish; instance 2 on the same database and Redis; two with the page cache
 * off, on the large newsroom and on bench_1k; one for the query plans), and Varnish in front of
 * instance 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildFingerprint, needsBuild, recordBuild } from '../../lib/ops/build-stamp';
import { appEnv as clusterAppEnv, startApp as startClusterApp } from '../cluster/app';
import type { MemorySampler, Processes } from './processes';
import { base, LARGE_DB, LOG_DIR, PORTS, REDIS_PREFIX, REDIS_URL } from './settings';
import { startVarnish, VARNISHD } from './varnish';
import { BENCH_DATA_DIR, BENCH_DIST_DIR, note, PROJECT_ROOT, say } from './util';

export type TInstance = { name: string; port: number; url: string; pid: () => number | undefined; log: string };

/** The sources the benchmark's build was made from, and whether they changed since (others may be editing). */
export const build = { fingerprint: '', at: new Date(), changedSince: false };

/** `next build` into the benchmark's own folder, if the sources changed since its last build. */
export function buildSite(): void {
  process.env.DAKARINFO_DIST_DIR = BENCH_DIST_DIR;
  if (needsBuild(PROJECT_ROOT)) {
    say(`Building the site (next build → ${BENCH_DIST_DIR})…`);
    const started = Date.now();
    const compiled = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DAKARINFO_DIST_DIR: BENCH_DIST_DIR },
    });
    writeFileSync(path.join(LOG_DIR, 'build.log'), `${compiled.stdout}${compiled.stderr}`);
    if (compiled.status !== 0)
      throw new Error(`next build failed:\n${`${compiled.stdout}${compiled.stderr}`.split('\n').slice(-30).join('\n')}`);
    recordBuild(PROJECT_ROOT);
    note(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } else say(`The build in ${BENCH_DIST_DIR} is up to date.`);
  build.fingerprint = buildFingerprint(PROJECT_ROOT);
  build.at = new Date();
}

/** The environment of an instance: the benchmark's build and data folders, its database, none of the caller's cache settings. */
export function appEnv(port: number, databaseUrl: string, secret: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  return clusterAppEnv({ port, databaseUrl, secret, distDir: BENCH_DIST_DIR, dataDir: BENCH_DATA_DIR, extra });
}

/** Starts the app as `npm start` does (scripts/cluster/app.ts) and waits until /api/health answers. */
export async function startApp(processes: Processes, name: string, port: number, env: NodeJS.ProcessEnv): Promise<TInstance> {
  const log = path.join(LOG_DIR, `${name}.log`);
  // start.ts rebuilds when the sources differ from its build's stamp. Every instance of a run must
  // serve the same build (and several rebuilding the same folder at once fail): the stamp is set to
  // the current sources, and a change since the benchmark's build is reported instead.
  if (buildFingerprint(PROJECT_ROOT) !== build.fingerprint) build.changedSince = true;
  recordBuild(PROJECT_ROOT);
  const instance = await startClusterApp(processes, { name, port, env, log });
  if (readFileSync(log, 'utf8').includes('Compilation du site')) note(`(${name} rebuilt the site at start)`);
  return { name, port, url: instance.url, pid: instance.pid, log };
}

/** Why the second instance or Varnish will be missing from this run, if they will. */
export function missingServices(redisOk: boolean, varnishOk: boolean): string[] {
  const skipped: string[] = [];
  if (!redisOk) skipped.push(`Second instance (Redis invalidation) skipped: no Redis answers at ${REDIS_URL}.`);
  if (!varnishOk)
    skipped.push(
      existsSync(VARNISHD)
        ? 'Varnish skipped: vmod-xkey is not installed (Debian: varnish-modules).'
        : `Varnish skipped: ${VARNISHD} not found (Debian: apt-get install varnish varnish-modules).`,
    );
  return skipped;
}

export type TInstances = {
  app1: TInstance;
  app2: TInstance | null;
  uncached: TInstance;
  uncached1k: TInstance;
  explainer: TInstance;
  /** Varnish's address, when it runs. */
  varnishUrl: string | null;
};

export type TInstancesOptions = {
  processes: Processes;
  sampler: MemorySampler;
  secret: string;
  largeUrl: string;
  smallUrl: string;
  explainUrl: string;
  replicaUrl: string | null;
  redisOk: boolean;
  varnishOk: boolean;
};

/**
 * Every instance starts now, none later: start.ts rebuilds when the sources changed since the last
 * build (others may be editing them), and a rebuild under running instances would pull their files
 * away. Instance 1 first, alone, so that such a rebuild happens once. Then Varnish, in front of it.
 */
export async function startInstances(options: TInstancesOptions): Promise<TInstances> {
  const { processes, sampler, secret, largeUrl, smallUrl, explainUrl, replicaUrl, redisOk, varnishOk } = options;
  const start = (name: string, port: number, env: NodeJS.ProcessEnv) => startApp(processes, name, port, env);
  const app1 = await start(
    'app1',
    PORTS.app1,
    appEnv(PORTS.app1, largeUrl, secret, {
      ...(redisOk ? { REDIS_URL, REDIS_PREFIX } : {}),
      ...(varnishOk ? { PURGE_URL: `${base(PORTS.varnish)}/` } : {}),
    }),
  );
  const [app2, uncached, uncached1k, explainer] = await Promise.all([
    redisOk
      ? start(
          'app2',
          PORTS.app2,
          appEnv(PORTS.app2, largeUrl, secret, { REDIS_URL, REDIS_PREFIX, ...(replicaUrl ? { DATABASE_REPLICA_URLS: replicaUrl } : {}) }),
        )
      : Promise.resolve(null),
    start('uncached-1m', PORTS.uncached, appEnv(PORTS.uncached, largeUrl, secret, { PAGE_CACHE: 'off' })),
    start('uncached-1k', PORTS.uncached1k, appEnv(PORTS.uncached1k, smallUrl, secret, { PAGE_CACHE: 'off' })),
    // Connects as the auto_explain role: used only for the query plans, idle until then.
    start('explain', PORTS.explain, appEnv(PORTS.explain, explainUrl, secret, { PAGE_CACHE: 'off', DATABASE_POOL_SIZE: '2' })),
  ]);
  note(`instance 1: ${app1.url} (${LARGE_DB}, page cache${redisOk ? ', Redis' : ''}${varnishOk ? ', PURGE_URL → Varnish' : ''})`);
  if (app2) note(`instance 2: ${app2.url} (${LARGE_DB}, page cache, Redis${replicaUrl ? ', reads from the streaming replica' : ''})`);
  note(
    `uncached: ${uncached.url} (${LARGE_DB}) and ${uncached1k.url} (bench_1k), PAGE_CACHE=off; query plans: ${explainer.url} (auto_explain)`,
  );
  sampler.track('app instance 1 (page cache)', app1.pid);
  sampler.track('app instance 3 (PAGE_CACHE=off, 1M)', uncached.pid);

  let varnishPid: number | undefined;
  if (varnishOk) {
    say(`Starting Varnish on ${base(PORTS.varnish)} (backend: instance 1)…`);
    varnishPid = (await startVarnish(processes, { port: PORTS.varnish, backendPort: PORTS.app1 })).pid;
    sampler.track('Varnish', () => varnishPid);
  }
  return { app1, app2, uncached, uncached1k, explainer, varnishUrl: varnishOk ? base(PORTS.varnish) : null };
}
