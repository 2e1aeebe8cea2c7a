/**
 * `npm run bench`: issue 5's benchmark, on this machine, loopback only (127.0.0.1).
 *
 *   1. builds the site into its own folder (.data/bench/next) if the sources changed;
 *   2. starts its own embedded PostgreSQL in .data/bench/ with two newsrooms, `bench_1k` (1,000
 *      stories) and `bench_1m` (1,000,000, kept between runs: seeding it takes minutes);
 *   3. starts the app as `npm start` does (tsx scripts/start.ts) several times: instance 1 on bench_1m
 *      (page cache on, Redis, PURGE_URL → Varnish), instance 2 on the same database and Redis,
 *      and two instances with the page cache off, on bench_1m and bench_1k; Varnish (if installed)
 *      in front of instance 1 with varnish/default.vcl; and the baseline, a bare Node `http` server
 *      sending the same bytes from memory;
 *   4. measures with wrk requests/s, p50 and p99 for every readers' page (home, a rubrique, an article,
 *      an author, « La rédaction », a search) in each mode, the first request after a start,
 *      publish-to-visible latency, uncached render times at 1,000 and 1,000,000 stories with the query
 *      plans, memory under load, page weight and Lighthouse scores;
 *   5. writes bench/RESULTS.md and bench/requests-per-second.svg, prints the tables, and stops every
 *      process it started — also on failure or Ctrl-C.
 *
 * Options: `npm run bench -- --quick` (short runs to try the script; results go to .data/bench/quick/).
 * Environment: BENCH_PORT_BASE (3201: ports 3201–3208 are used), BENCH_REDIS_URL (redis://127.0.0.1:6379),
 * BENCH_WAIT_QUIET (minutes to wait for a quiet machine before the load runs, 5; 0 to not wait),
 * BENCH_LARGE (stories in the large newsroom, 1000000).
 */
import { spawnSync } from 'node:child_process';
import { Agent, get as httpGet } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFingerprint, needsBuild, recordBuild } from '../lib/ops/build-stamp';
import { startEmbeddedPostgres, startEmbeddedReplica, type TEmbeddedPostgres } from '../lib/ops/embedded-postgres';
import { startBaseline, type TBaselinePage } from './bench/baseline';
import { EXPLAIN_ROLE, explainPages, prepareExplainRole, type TPageExplain } from './bench/explain';
import { CHROME_PATH, lighthouseAvailable, runLighthouse, type TLighthouse } from './bench/lighthouse';
import { measureFirstRequests, type TFirstRequest } from './bench/first-request';
import { LOAD_HEADERS, sequentialInterleaved, WRK_THREADS, wrkVersion } from './bench/load';
import { loadAverage, MemorySampler, Processes, waitForQuietMachine } from './bench/processes';
import { loadWhilePublishing, type TLiveResult } from './bench/live-load';
import { measurePublishToVisible, type TPublishResult, type TPublishTarget } from './bench/publish';
import { chartSvg } from './bench/chart';
import { resultsMarkdown, resultsText } from './bench/report';
import { MODES, type TMemoryRow, type TMode, type TPage, type TRender, type TResults, type TSharedLinks } from './bench/results';
import { measureThroughput, medianRate, type TLoadTarget } from './bench/throughput';
import { ratiosOf, RATIOS_FILE, readPreviousRatios, writeRatios } from './bench/previous';
import { uncachedRotations } from './bench/rotations';
import { seedBenchDatabase, type TSeedResult } from './bench/seed';
import { startVarnish, VARNISHD, varnishVersion, xkeyAvailable } from './bench/varnish';
import { measureWeight, type TPageWeight } from './bench/weight';
import {
  BENCH_DATA_DIR,
  BENCH_DIST_DIR,
  fmtInt,
  fmtMs,
  note,
  portIsFree,
  PROJECT_ROOT,
  query,
  redisAnswers,
  request,
  say,
  sleep,
  waitForHttp,
} from './bench/util';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
/** 8 s per wrk run (10 with autocannon): six pages now, and the full run stays under ~25 minutes. */
const SECONDS = quick ? 3 : 8;
const WARMUP_SECONDS = quick ? 1 : 2;
const CONNECTIONS = 50;
/** A run during which processes outside the benchmark used more than this share of the CPU is repeated. */
const DISTURBED = 0.15;
const SEQUENTIAL = quick ? { count: 30, warmup: 3, maxMs: 5_000 } : { count: 200, warmup: 10, maxMs: 25_000 };
const PUBLISH_TRIALS = quick ? 2 : 5;
const LIGHTHOUSE_RUNS = quick ? 1 : 3;
const LARGE = Number(process.env.BENCH_LARGE ?? 1_000_000);
const SMALL = 1_000;
const LARGE_DB = LARGE === 1_000_000 ? 'bench_1m' : `bench_${LARGE}`;
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 3201);
const PORTS = {
  app1: PORT_BASE,
  app2: PORT_BASE + 1,
  uncached: PORT_BASE + 2,
  uncached1k: PORT_BASE + 3,
  varnish: PORT_BASE + 4,
  baseline: PORT_BASE + 5,
  explain: PORT_BASE + 6,
  fresh: PORT_BASE + 7,
};
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** This run's names in Redis (purge channel, shared page cache): nothing from another run is served. */
const REDIS_PREFIX = `dakarinfo-bench-${process.pid}-${Date.now()}:`;
/** A broad search (a topical word in many stories) for every measurement, and a narrow one for renders and plans. */
const SEARCH_WORD = 'sécheresse';
const NARROW_SEARCH = 'moratoire Kédougou';
const OUT_DIR = quick ? path.join(BENCH_DATA_DIR, 'quick') : path.join(PROJECT_ROOT, 'bench');
const LOG_DIR = path.join(BENCH_DATA_DIR, 'logs');
const base = (port: number) => `http://127.0.0.1:${port}`;
/**
 * A page no one asked for yet, that takes a real render: a page of the broad search. (A parameter the
 * page does not read would not do: the app renders and caches a page under the parameters it reads.)
 */
let freshPages = 0;
const freshPage = () => `/recherche?q=${encodeURIComponent(SEARCH_WORD)}&page=${2 + ((process.pid + (freshPages += 1)) % 40)}`;

const processes = new Processes();
const sampler = new MemorySampler();
let embedded: TEmbeddedPostgres | null = null;
let replica: TEmbeddedPostgres | null = null;
/** Instance 2 reads readers' pages from a streaming replica of the benchmark's cluster (DATABASE_REPLICA_URLS). */
const REPLICA_DATA_DIR = path.join(PROJECT_ROOT, '.data', 'bench-replica');
let leftoverPostgresPid: number | null = null;
let cleaning: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    sampler.stop();
    const names = processes.names;
    if (names.length) say(`Stopping ${names.join(', ')}…`);
    await processes.stopAll();
    if (replica) {
      say('Stopping the streaming replica…');
      await replica.stop();
    }
    if (embedded?.owned) {
      say('Stopping the embedded PostgreSQL…');
      await embedded.stop();
    } else if (leftoverPostgresPid) {
      say(`Stopping the PostgreSQL an earlier bench run left running (pid ${leftoverPostgresPid})…`);
      try {
        process.kill(leftoverPostgresPid, 'SIGINT');
      } catch {
        // gone already
      }
    }
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.log(`\n✗ Interrupted (${signal}): stopping what the benchmark started…`);
    void cleanup().then(() => process.exit(130));
  });
}

/* ------------------------------------------------------------------------------------------------ */

function appEnv(port: number, databaseUrl: string, secret: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [
    'REDIS_URL',
    'REDIS_PREFIX',
    'PURGE_URL',
    'PAGE_CACHE',
    'PAGE_CACHE_MB',
    'TRUST_PROXY',
    'SITE_URL',
    'DAKARINFO_SEED_DEMO',
    'DATABASE_POOL_SIZE',
    'NODE_OPTIONS',
  ])
    delete env[name];
  return {
    ...env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOSTNAME_BIND: '127.0.0.1',
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: base(port),
    DAKARINFO_DIST_DIR: BENCH_DIST_DIR,
    DAKARINFO_DATA_DIR: BENCH_DATA_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

type TInstance = { name: string; port: number; url: string; pid: () => number | undefined; log: string };

/** The sources the benchmark's build was made from, and whether they changed since (others may be editing). */
const build = { fingerprint: '', at: new Date(), changedSince: false };

async function startApp(name: string, port: number, env: NodeJS.ProcessEnv): Promise<TInstance> {
  const log = path.join(LOG_DIR, `${name}.log`);
  // start.ts rebuilds when the sources differ from its build's stamp. Every instance of a run must
  // serve the same build (and several rebuilding the same folder at once fail): the stamp is set to
  // the current sources, and a change since the benchmark's build is reported instead.
  if (buildFingerprint(PROJECT_ROOT) !== build.fingerprint) build.changedSince = true;
  recordBuild(PROJECT_ROOT);
  const child = processes.start(name, process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: PROJECT_ROOT, env, logFile: log });
  const url = base(port);
  try {
    await waitForHttp(`${url}/api/health`, 240_000, () => processes.isAlive(child));
  } catch (error) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '';
    throw new Error(`${name} did not start: ${(error as Error).message}\n${tail}`);
  }
  if (readFileSync(log, 'utf8').includes('Compilation du site')) note(`(${name} rebuilt the site at start)`);
  return { name, port, url, pid: () => child.pid, log };
}

function commandOutput(command: string, args: string[]): string {
  const out = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
  return `${out.stdout ?? ''}${out.stderr ?? ''}`.trim();
}

async function redisVersion(url: string): Promise<string> {
  const { connect } = await import('node:net');
  const target = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: target.hostname, port: Number(target.port || 6379) });
    let data = '';
    socket.setTimeout(1_500, () => socket.destroy());
    socket.on('error', () => resolve('unreachable'));
    socket.on('connect', () => socket.write('INFO server\r\n'));
    socket.on('data', (chunk: Buffer) => {
      data += chunk.toString();
      const match = /redis_version:([^\r\n]+)/.exec(data);
      if (match) {
        socket.destroy();
        resolve(`Redis ${match[1]}`);
      }
    });
    socket.on('close', () => resolve(data ? 'Redis (version unknown)' : 'unreachable'));
  });
}

/**
 * A reader who hangs up while their page renders. Requests a fresh page and hangs up after `delay` ms
 * (three tries, 5, 15 and 40 ms, each on a page of its own, to land during the render); then asks for the
 * same URL again (5 s timeout) and for another page. Says what happened.
 */
async function abortedRenderProbe(baseUrl: string): Promise<string> {
  const outcomes: string[] = [];
  for (const delay of [5, 15, 40]) {
    const url = `${baseUrl}${freshPage()}`;
    await new Promise<void>((resolve) => {
      const req = httpGet(url, { agent: false, headers: { ...LOAD_HEADERS } }, (res) => res.resume());
      req.on('error', () => resolve());
      setTimeout(() => {
        req.destroy();
        resolve();
      }, delay);
    });
    await sleep(1_500);
    const started = Date.now();
    try {
      const again = await request(url, { timeoutMs: 5_000, agent: new Agent({ keepAlive: false }), headers: { ...LOAD_HEADERS } });
      outcomes.push(
        again.status === 200
          ? `hung up after ${delay} ms, the URL then answered 200 in ${Date.now() - started} ms`
          : `hung up after ${delay} ms, the URL then answered HTTP ${again.status}`,
      );
    } catch {
      const other = await request(`${baseUrl}${freshPage()}`, { timeoutMs: 5_000, agent: new Agent({ keepAlive: false }) }).then(
        (r) => `HTTP ${r.status}`,
        () => 'no answer either',
      );
      return `WEDGED: a client hung up ${delay} ms into the render of a URL; that URL then no longer answered (nothing within 5 s) while another URL did (${other})`;
    }
  }
  return `ok: ${outcomes.join('; ')}`;
}

/** Requests `url` until it comes from cache (`header` says HIT), for at most `timeoutMs`. */
async function ensureHit(url: string, header: 'x-cache' | 'x-varnish-cache', timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await request(url, { headers: { ...LOAD_HEADERS }, timeoutMs: 30_000 }).catch(() => null);
    if (res?.status === 200 && res.headers[header] === 'HIT') return true;
    await sleep(50);
  }
  return false;
}

/** The postmaster of the benchmark's cluster, from its postmaster.pid (see lib/ops/embedded-postgres.ts for where it lives). */
function postmasterPid(): number | undefined {
  const location = path.join(BENCH_DATA_DIR, 'pg-location.txt');
  const cluster = existsSync(location) ? path.join(readFileSync(location, 'utf8').trim(), 'pg') : path.join(BENCH_DATA_DIR, 'pg');
  try {
    return Number(readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/* ------------------------------------------------------------------------------------------------ */

async function main(): Promise<void> {
  const startedAt = new Date();
  const skipped: string[] = [];
  const notes: string[] = [];
  rmSync(LOG_DIR, { recursive: true, force: true });
  mkdirSync(LOG_DIR, { recursive: true });
  mkdirSync(OUT_DIR, { recursive: true });
  say(
    `Dakarinfo benchmark${quick ? ' (quick mode: short runs, results in .data/bench/quick/)' : ''}; logs in ${path.relative(PROJECT_ROOT, LOG_DIR)}/`,
  );

  for (const [name, port] of Object.entries(PORTS)) {
    if (!(await portIsFree(port)))
      throw new Error(`port ${port} (${name}) is already in use on 127.0.0.1: stop what uses it, or set BENCH_PORT_BASE`);
  }

  // 1. Build ---------------------------------------------------------------------------------------
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

  // 2. Databases -----------------------------------------------------------------------------------
  say('Starting the benchmark’s embedded PostgreSQL (.data/bench/)…');
  embedded = await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, log: note });
  if (!embedded.owned) leftoverPostgresPid = postmasterPid() ?? null;
  const adminUrl = embedded.adminUrl;
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
  const small = seeding[0];

  const [pgVersion] = await query<{ v: string }>(adminUrl, `SELECT current_setting('server_version') AS v`);
  const postmaster = postmasterPid();
  sampler.track('PostgreSQL (postmaster + backends)', () => postmaster);

  // The pages: the demo story with the most « À lire aussi » links (same slug in both newsrooms).
  const [story] = await query<{ id: string; slug: string; rubrique: string; author: string; body: string }>(
    large.url,
    `SELECT a.id, a.slug, r.slug AS rubrique, u.slug AS author, a.body
     FROM "Article" a JOIN "Rubrique" r ON r.id = a."rubriqueId" JOIN "User" u ON u.id = a."authorId"
     WHERE a.status = 'PUBLISHED' AND a.id NOT LIKE 'gen%'
     ORDER BY (SELECT count(*) FROM "RelatedLink" l WHERE l."articleId" = a.id) DESC, a."publishedAt" DESC LIMIT 1`,
  );
  const pages: TPage[] = [
    { key: 'home', label: 'Home', path: '/' },
    { key: 'rubrique', label: 'Rubrique', path: '/politique' },
    { key: 'article', label: 'Article', path: `/${story.rubrique}/${story.slug}` },
    { key: 'author', label: 'Author', path: `/auteurs/${story.author}` },
    { key: 'authors', label: 'Authors', path: '/auteurs' },
    { key: 'search', label: 'Search', path: `/recherche?q=${encodeURIComponent(SEARCH_WORD)}` },
  ];
  const narrowSearch: TPage = { key: 'search-narrow', label: 'Search (narrow)', path: `/recherche?q=${encodeURIComponent(NARROW_SEARCH)}` };
  const renderPages = [...pages, narrowSearch];
  const rotations = await uncachedRotations(large.url, pages);
  note(`uncached runs rotate over ${pages.map((p) => `${rotations[p.key].length} ${p.label.toLowerCase()}`).join(', ')} page(s)`);
  const matches = async (words: string) => {
    const [row] = await query<{ n: string }>(
      large.url,
      `SELECT count(*) AS n FROM "Article" WHERE status = 'PUBLISHED' AND "searchVector" @@ plainto_tsquery('french_unaccent', $1)`,
      [words],
    );
    return Number(row.n);
  };
  const searchMatches = { broad: await matches(SEARCH_WORD), narrow: await matches(NARROW_SEARCH) };
  note(
    `search « ${SEARCH_WORD} » matches ${fmtInt(searchMatches.broad)} published stories of ${LARGE_DB}; « ${NARROW_SEARCH} » ${fmtInt(searchMatches.narrow)}`,
  );
  const bodySample = /[A-Za-zÀ-ÿ ]{40,}/.exec(story.body)?.[0].trim().slice(0, 40);

  // 3. Processes -------------------------------------------------------------------------------------
  const secret = randomBytes(32).toString('base64url');
  const redisOk = await redisAnswers(REDIS_URL);
  const varnishOk = existsSync(VARNISHD) && xkeyAvailable();
  if (!redisOk) skipped.push(`Second instance (Redis invalidation) skipped: no Redis answers at ${REDIS_URL}.`);
  if (!varnishOk)
    skipped.push(
      existsSync(VARNISHD)
        ? 'Varnish skipped: vmod-xkey is not installed (Debian: varnish-modules).'
        : `Varnish skipped: ${VARNISHD} not found (Debian: apt-get install varnish varnish-modules).`,
    );

  say(`Starting the app instances (ports ${PORTS.app1}–${PORTS.uncached1k}, ${PORTS.explain})…`);
  // Every instance starts now, none later: start.ts rebuilds when the sources changed since the last
  // build (others may be editing them), and a rebuild under running instances would pull their files
  // away. Instance 1 first, alone, so that such a rebuild happens once.
  const explainUrl = await prepareExplainRole(adminUrl, LARGE_DB);
  // Instance 2 reads from a streaming replica: publish-to-visible on it includes replication.
  let replicaUrl: string | null = null;
  if (redisOk) {
    say('Starting a streaming replica of the benchmark’s PostgreSQL (.data/bench-replica/), for instance 2…');
    const copyStarted = Date.now();
    rmSync(REPLICA_DATA_DIR, { recursive: true, force: true });
    replica = await startEmbeddedReplica({ primary: embedded, primaryDataDir: BENCH_DATA_DIR, dataDir: REPLICA_DATA_DIR, log: note });
    const url = new URL(replica.adminUrl);
    url.pathname = `/${LARGE_DB}`;
    replicaUrl = url.toString();
    await query(replicaUrl, 'SELECT 1');
    note(`replica ready in ${((Date.now() - copyStarted) / 1000).toFixed(0)} s (a copy of the cluster, then streaming)`);
  }
  const app1 = await startApp(
    'app1',
    PORTS.app1,
    appEnv(PORTS.app1, large.url, secret, {
      ...(redisOk ? { REDIS_URL, REDIS_PREFIX } : {}),
      ...(varnishOk ? { PURGE_URL: `${base(PORTS.varnish)}/` } : {}),
    }),
  );
  const [app2, uncached, uncached1k, explainer] = await Promise.all([
    redisOk
      ? startApp(
          'app2',
          PORTS.app2,
          appEnv(PORTS.app2, large.url, secret, { REDIS_URL, REDIS_PREFIX, ...(replicaUrl ? { DATABASE_REPLICA_URLS: replicaUrl } : {}) }),
        )
      : Promise.resolve(null),
    startApp('uncached-1m', PORTS.uncached, appEnv(PORTS.uncached, large.url, secret, { PAGE_CACHE: 'off' })),
    startApp('uncached-1k', PORTS.uncached1k, appEnv(PORTS.uncached1k, small.url, secret, { PAGE_CACHE: 'off' })),
    // Connects as the auto_explain role: used only for the query plans, idle until then.
    startApp('explain', PORTS.explain, appEnv(PORTS.explain, explainUrl, secret, { PAGE_CACHE: 'off', DATABASE_POOL_SIZE: '2' })),
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
  sampler.start(200);

  // 4. Warm the pages, keep the bytes for the baseline ------------------------------------------------
  say('Warming the pages and checking every path answers…');
  const baselinePages: TBaselinePage[] = [];
  for (const page of renderPages) {
    for (const instance of [uncached, uncached1k]) {
      const res = await request(`${instance.url}${page.path}`, { headers: { ...LOAD_HEADERS } });
      if (res.status !== 200) throw new Error(`${instance.name} ${page.path}: HTTP ${res.status}`);
    }
  }
  for (const page of pages) {
    await request(`${app1.url}${page.path}`, { headers: { ...LOAD_HEADERS } });
    const cached = await request(`${app1.url}${page.path}`, { headers: { ...LOAD_HEADERS } });
    if (cached.status !== 200) throw new Error(`${page.path}: HTTP ${cached.status}`);
    if (cached.headers['x-cache'] !== 'HIT')
      notes.push(
        `${page.label}: the second request to instance 1 was not a page-cache HIT (x-cache: ${String(cached.headers['x-cache'])}).`,
      );
    baselinePages.push({
      path: page.path,
      contentType: String(cached.headers['content-type']),
      contentEncoding: cached.headers['content-encoding'] ? String(cached.headers['content-encoding']) : null,
      body: cached.body,
    });
    if (varnishOk) {
      await request(`${base(PORTS.varnish)}${page.path}`, { headers: { ...LOAD_HEADERS } });
      const v = await request(`${base(PORTS.varnish)}${page.path}`, { headers: { ...LOAD_HEADERS } });
      if (v.headers['x-varnish-cache'] !== 'HIT')
        notes.push(`${page.label}: the second request through Varnish was not a HIT (${String(v.headers['x-varnish-cache'])}).`);
    }
    note(
      `${page.label.padEnd(8)} ${page.path}  ${cached.body.length} bytes ${cached.headers['content-encoding'] ?? ''}, surrogate-key: ${String(cached.headers['surrogate-key'] ?? '').split(' ').length} keys`,
    );
  }
  say(`Starting the baseline (bare Node http, same bytes) on ${base(PORTS.baseline)}…`);
  const baselinePid = (await startBaseline(processes, PORTS.baseline, baselinePages)).pid;
  sampler.track('baseline server', () => baselinePid);

  // A reader who leaves while their page renders: does the next reader of that URL still get it?
  say('Abort probe: a client disconnects during a render, then the same URL is requested again…');
  for (const [label, instance] of [
    ['instance 1 (page cache)', app1],
    ['PAGE_CACHE=off instance', uncached],
  ] as const) {
    const probe = await abortedRenderProbe(instance.url);
    note(`${label}: ${probe}`);
    if (!probe.startsWith('ok')) {
      notes.push(
        `**Abort probe, ${label}**: ${probe}. A reader who leaves mid-render makes the page unavailable on that instance for every later reader.`,
      );
    }
  }

  // 5. Page weight ----------------------------------------------------------------------------------
  say('Page weight…');
  const weights: TPageWeight[] = [];
  for (const page of pages) {
    try {
      const weight = await measureWeight(app1.url, page.label, page.path, page.key === 'article' ? bodySample : undefined);
      weights.push(weight);
      if (weight.failures.length)
        notes.push(
          `Page weight, ${page.label}: ${weight.failures.length} script file(s) could not be fetched from instance 1 (${weight.failures.slice(0, 3).join('; ')}).`,
        );
    } catch (error) {
      notes.push(`Page weight, ${page.label}: failed (${(error as Error).message}).`);
    }
  }

  // 6. Throughput -------------------------------------------------------------------------------------
  const quietMinutes = Number(process.env.BENCH_WAIT_QUIET ?? 5);
  const loadBefore = quietMinutes > 0 ? await waitForQuietMachine(1.0, quietMinutes * 60_000, note) : loadAverage();
  say(
    `Throughput: wrk -t${WRK_THREADS} -c ${CONNECTIONS} -d ${SECONDS}s, ${RUNS} run(s) per cell (load average now ${loadBefore.toFixed(2)})…`,
  );
  const modes: TMode[] = MODES.filter((m) => m !== 'varnish' || varnishOk);
  const originFor: Record<TMode, string> = {
    baseline: base(PORTS.baseline),
    cached: app1.url,
    uncached: uncached.url,
    varnish: base(PORTS.varnish),
  };
  // The instance without a page cache renders every request it gets, several pages of the kind in
  // turn (what wrk leaves in flight when a run ends is rendered for no one; the abort probe checks
  // that this harms no later reader). The other modes serve the one page whose bytes the baseline has.
  const loadTarget = (mode: TMode, page: TPage): TLoadTarget => ({
    origin: originFor[mode],
    paths: mode === 'uncached' ? rotations[page.key] : [page.path],
  });
  const cacheChecks = (page: TPage): [string, string, 'x-cache' | 'x-varnish-cache'][] => [
    ['instance 1', `${app1.url}${page.path}`, 'x-cache'],
    ...(varnishOk ? [['Varnish', `${base(PORTS.varnish)}${page.path}`, 'x-varnish-cache'] as [string, string, 'x-varnish-cache']] : []),
  ];
  const { throughput, notes: throughputNotes } = await measureThroughput({
    pages,
    modes,
    target: loadTarget,
    runs: RUNS,
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    connections: CONNECTIONS,
    disturbed: DISTURBED,
    maxRepeats: quick ? 2 : 12,
    sampler,
    // Pages live 5 minutes in the app's cache and in Varnish (s-maxage): stored afresh before each page's runs.
    beforePage: async (page) => {
      const out: string[] = [];
      for (const [who, url, header] of cacheChecks(page))
        if (!(await ensureHit(url, header))) out.push(`${page.label}: ${who} did not serve the page from its cache before the runs.`);
      return out;
    },
    afterPage: async (page) => {
      const out: string[] = [];
      for (const [who, url, header] of cacheChecks(page)) {
        const after = await request(url, { headers: { ...LOAD_HEADERS }, timeoutMs: 15_000 }).catch((error: Error) => error);
        if (after instanceof Error) out.push(`${page.label}: after the runs ${who} did not answer within 15 s.`);
        else if (after.headers[header] !== 'HIT')
          out.push(`${page.label}: after the runs ${who} answered ${header} ${String(after.headers[header])} (HTTP ${after.status}).`);
      }
      return out;
    },
  });
  notes.push(...throughputNotes);
  const loadOptions = { runs: RUNS, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, connections: CONNECTIONS };
  const medianOf = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? null;
  sampler.setPhase('ceiling');
  const tinyRuns = await medianRate({ origin: base(PORTS.baseline), paths: ['/__tiny'] }, { ...loadOptions, runs: 1 });
  const tiny = medianOf(tinyRuns.map((r) => r.requestsPerSecond)) ?? 0;
  const ceiling = {
    requestsPerSecond: tiny,
    pageMegabytesPerSecond: Math.max(...throughput.flatMap((t) => t.runs.map((r) => r.bytesPerSecond))) / 1e6,
  };
  note(
    `load tool ceiling: ${fmtInt(tiny)} req/s for a 2-byte body; at most ${ceiling.pageMegabytesPerSecond.toFixed(0)} MB/s on the pages`,
  );
  // What Next.js itself costs here: its smallest dynamic page (the sign-in form: no database read, no
  // page cache), rendered every time by the same PAGE_CACHE=off instance, same load, median of the runs.
  sampler.setPhase('next-floor');
  const floorRuns = await medianRate({ origin: uncached.url, paths: ['/connexion?bench=floor'] }, loadOptions);
  const nextFloor = medianOf(floorRuns.map((r) => r.requestsPerSecond));
  note(`Next.js floor: /connexion rendered every time, ${floorRuns.map((r) => fmtInt(r.requestsPerSecond)).join(' / ')} req/s`);
  // Shared links: the article as readers arriving from a social network ask for it, with a click id
  // that is new on every request (utm_source and fbclid). Served from the page cache, like the article.
  sampler.setPhase('shared-links');
  const sharedArticle = pages.find((p) => p.key === 'article') as TPage;
  const sharedLinks: TSharedLinks[] = [];
  for (const [who, origin] of [
    ['app, from its page cache', app1.url],
    ...(varnishOk ? [['through Varnish', base(PORTS.varnish)]] : []),
  ] as const) {
    const runs = await medianRate(
      { origin, paths: [`${sharedArticle.path}?utm_source=facebook&utm_medium=social`] },
      { ...loadOptions, uniqueParam: 'fbclid' },
    );
    sharedLinks.push({ who, runs });
    note(`shared links, ${who}: ${runs.map((r) => fmtInt(r.requestsPerSecond)).join(' / ')} req/s`);
  }
  sampler.setPhase('after-load');
  const memory: TMemoryRow[] = [
    { label: 'app instance 1 (page cache) — cached and Varnish runs', peak: sampler.peakOver('app instance 1 (page cache)', 'load:') },
    { label: 'app instance 3 (PAGE_CACHE=off) — uncached runs', peak: sampler.peakOver('app instance 3 (PAGE_CACHE=off, 1M)', 'load:') },
    { label: 'PostgreSQL — all load runs', peak: sampler.peakOver('PostgreSQL (postmaster + backends)', 'load:') },
    ...(varnishOk ? [{ label: 'Varnish — all load runs', peak: sampler.peakOver('Varnish', 'load:') }] : []),
    { label: 'baseline server — all load runs', peak: sampler.peakOver('baseline server', 'load:') },
  ];

  // 6b. The first request after a start -------------------------------------------------------------
  say('The first request after a start: a fresh instance per page (page cache on, no Redis)…');
  sampler.setPhase('first-request');
  let firstRequests: TFirstRequest[] = [];
  let firstSkipped: string | null = null;
  try {
    const firstPages = ['article', 'home'].map((key) => pages.find((p) => p.key === key) as TPage);
    firstRequests = await measureFirstRequests(firstPages, async (page) => {
      const started = performance.now();
      const fresh = await startApp(`fresh-${page.key}`, PORTS.fresh, appEnv(PORTS.fresh, large.url, secret, {}));
      return { url: fresh.url, startMs: performance.now() - started, stop: () => processes.stopByName(fresh.name) };
    });
    for (const f of firstRequests)
      note(
        `${f.page.padEnd(8)} first request ${fmtMs(f.firstMs)} ms (HTTP ${f.status}${f.source ? `, ${f.source}` : ''}), then ${fmtMs(f.secondMs)} ms; the instance answered /api/health ${fmtMs(f.startMs)} ms after its start`,
      );
  } catch (error) {
    firstSkipped = `failed: ${(error as Error).message}`;
    note(`✗ ${firstSkipped}`);
  }

  // 7. Publish-to-visible ------------------------------------------------------------------------------
  let publish: TPublishResult | null = null;
  let publishSkipped: string | null = null;
  say(`Publish-to-visible (${PUBLISH_TRIALS} trials)…`);
  const article = pages.find((p) => p.key === 'article') as TPage;
  const targets: TPublishTarget[] = [{ name: 'instance 1, direct', baseUrl: app1.url, path: article.path, cacheHeader: 'x-cache' }];
  if (app2)
    targets.push({
      name: replicaUrl ? 'instance 2, via Redis, on a replica' : 'instance 2, via Redis',
      baseUrl: app2.url,
      path: article.path,
      cacheHeader: 'x-cache',
    });
  if (varnishOk)
    targets.push({ name: 'through Varnish', baseUrl: base(PORTS.varnish), path: article.path, cacheHeader: 'x-varnish-cache' });
  try {
    sampler.setPhase('publish');
    publish = await measurePublishToVisible({
      editorBaseUrl: app1.url,
      databaseUrl: large.url,
      distDir: BENCH_DIST_DIR,
      articleId: story.id,
      targets,
      trials: PUBLISH_TRIALS,
      log: note,
    });
  } catch (error) {
    publishSkipped = `failed: ${(error as Error).message}`;
    note(`✗ ${publishSkipped}`);
  }

  // 7b. Readers and editors at once -----------------------------------------------------------------
  let live: TLiveResult | null = null;
  let liveSkipped: string | null = null;
  const LIVE_SECONDS = quick ? 8 : 30;
  say(
    `Readers and editors at once: ${LIVE_SECONDS} s of load on every instance while an editor edits, marks « mise à jour » and publishes…`,
  );
  const rubriquePage = pages.find((p) => p.key === 'rubrique') as TPage;
  const liveStreams = [
    { name: 'instance 1, Manchettes', url: `${app1.url}/`, connections: 15 },
    { name: 'instance 1, article', url: `${app1.url}${article.path}`, connections: 15 },
    ...(app2 ? [{ name: 'instance 2, rubrique', url: `${app2.url}${rubriquePage.path}`, connections: 10 }] : []),
    ...(varnishOk ? [{ name: 'Varnish, article', url: `${base(PORTS.varnish)}${article.path}`, connections: 10 }] : []),
  ];
  const liveTargets = [
    { name: 'instance 1', baseUrl: app1.url },
    ...(app2 ? [{ name: 'instance 2', baseUrl: app2.url }] : []),
    ...(varnishOk ? [{ name: 'Varnish', baseUrl: base(PORTS.varnish) }] : []),
  ];
  try {
    sampler.setPhase('live');
    live = await loadWhilePublishing({
      editorBaseUrl: app1.url,
      databaseUrl: large.url,
      distDir: BENCH_DIST_DIR,
      article: { id: story.id, path: article.path },
      streams: liveStreams,
      targets: liveTargets,
      seconds: LIVE_SECONDS,
      log: note,
    });
  } catch (error) {
    liveSkipped = `failed: ${(error as Error).message}`;
    note(`✗ ${liveSkipped}`);
  }

  // 8. Uncached renders at 1,000 and 1,000,000 -------------------------------------------------------
  say(`Uncached renders, one request at a time (${SEQUENTIAL.count} per page or ${SEQUENTIAL.maxMs / 1000} s), bench_1k vs ${LARGE_DB}…`);
  sampler.setPhase('renders');
  const renders: TRender[] = [];
  for (const page of renderPages) {
    // In turn, one request to each: both series see the same machine.
    const [at1k, at1m] = await sequentialInterleaved([`${uncached1k.url}${page.path}`, `${uncached.url}${page.path}`], SEQUENTIAL);
    renders.push({ page: page.label, path: page.path, at1k, at1m, ratio: at1m.p50 / at1k.p50 });
    note(
      `${page.label.padEnd(8)} p50 ${fmtMs(at1k.p50)} ms at ${fmtInt(SMALL)}, ${fmtMs(at1m.p50)} ms at ${fmtInt(LARGE)} (${(at1m.p50 / at1k.p50).toFixed(2)}×; ${at1k.n}/${at1m.n} requests)`,
    );
  }

  // 9. Query plans ------------------------------------------------------------------------------------
  let explain: TPageExplain[] | null = null;
  let explainSkipped: string | null = null;
  say(`Query plans on ${LARGE_DB} (auto_explain, ANALYZE + BUFFERS)…`);
  try {
    explain = await explainPages(
      explainer.url,
      renderPages.map((p) => ({ page: p.label, path: p.path })),
    );
    await processes.stopByName(explainer.name);
    for (const e of explain)
      note(
        `${e.page.padEnd(8)} ${e.plans.length} queries, ${fmtMs(e.totalMs)} ms in PostgreSQL, Seq Scan on "Article": ${e.seqScanOnArticle ? 'YES' : 'no'}`,
      );
    const text = explain
      .map((e) =>
        [
          `######## ${e.page}: ${e.path}`,
          ...e.plans.map((p, i) => `---- query ${i + 1} (${p.durationMs} ms)\n${p.query}\n\n${p.plan}`),
        ].join('\n\n'),
      )
      .join('\n\n\n');
    writeFileSync(
      path.join(OUT_DIR, 'explain-plans.txt'),
      `EXPLAIN (ANALYZE, BUFFERS) of the queries each public page sends, on ${fmtInt(LARGE)} stories (auto_explain, role ${EXPLAIN_ROLE}).\n\n${text}\n`,
    );
  } catch (error) {
    explainSkipped = `failed: ${(error as Error).message}`;
    note(`✗ ${explainSkipped}`);
  }

  // 10. Lighthouse -------------------------------------------------------------------------------------
  const lighthouse: TLighthouse[] = [];
  let lighthouseSkipped: string | null = null;
  if (!lighthouseAvailable()) lighthouseSkipped = `Chromium not found at ${CHROME_PATH} (or lighthouse not installed)`;
  else {
    say('Lighthouse 12.2.3 (home, article)…');
    sampler.setPhase('lighthouse');
    for (const page of [pages[0], article]) {
      try {
        await ensureHit(`${app1.url}${page.path}`, 'x-cache');
        // Lighthouse varies from run to run on a shared machine: three runs, the median one is kept.
        const runs: TLighthouse[] = [];
        for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) runs.push(await runLighthouse(page.key, `${app1.url}${page.path}`));
        runs.sort((a, b) => a.scores.performance - b.scores.performance);
        const result = { ...runs[Math.floor(runs.length / 2)], allPerformance: runs.map((r) => r.scores.performance) };
        lighthouse.push(result);
        note(
          `${page.label.padEnd(8)} performance ${result.scores.performance}, accessibility ${result.scores.accessibility}, best practices ${result.scores.bestPractices}, SEO ${result.scores.seo}`,
        );
      } catch (error) {
        lighthouseSkipped = `${page.label}: ${(error as Error).message}`;
        note(`✗ Lighthouse ${lighthouseSkipped}`);
      }
    }
  }

  // 11. Report ----------------------------------------------------------------------------------------
  const git = commandOutput('git', ['-C', PROJECT_ROOT, 'rev-parse', '--short', 'HEAD']);
  const dirty = commandOutput('git', ['-C', PROJECT_ROOT, 'status', '--porcelain']).split('\n').filter(Boolean).length;
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? '?';
  const memTotal = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0);
  const chromium = /Chromium [\d.]+/.exec(commandOutput(CHROME_PATH, ['--version']))?.[0] ?? '—';
  const results: TResults = {
    ceiling,
    nextFloor,
    firstRequests,
    firstSkipped,
    previousRatios: readPreviousRatios(),
    sharedLinks,
    quick,
    runs: RUNS,
    seconds: SECONDS,
    largeStories: LARGE,
    largeDb: LARGE_DB,
    startedAt,
    finishedAt: new Date(),
    machine: [
      ['nproc', commandOutput('nproc', [])],
      ['CPU', cpu],
      ['memory', `${(memTotal / 1024 / 1024).toFixed(1)} GiB`],
      ['kernel', `${os.type()} ${os.release()}`],
      ['Node.js', process.version],
      ['PostgreSQL', `${pgVersion.v} (embedded-postgres, shared_buffers 128MB, fsync on)`],
      ['Varnish', varnishOk ? `${varnishVersion()} + vmod-xkey` : 'not installed'],
      ['Redis', redisOk ? await redisVersion(REDIS_URL) : 'unreachable'],
      ['Chromium', chromium],
      ['wrk / Lighthouse', `${wrkVersion()} / ${packageVersion('lighthouse')}`],
      [
        'source',
        `${git}${dirty ? ` + uncommitted changes in ${dirty} file(s) of the working tree` : ''}; built ${build.at.toISOString().slice(11, 19)} UTC${build.changedSince ? ' — the sources changed between the build and the start of the instances (other people editing): the pages come from the build, lib/server from the sources at each start' : ''}`,
      ],
      ['load average', `${loadBefore.toFixed(2)} before the load runs, ${loadAverage().toFixed(2)} at the end`],
      ['date', startedAt.toISOString()],
    ],
    settings: [
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
      `The CPU used by processes the benchmark did not start is measured during every run (/proc/stat minus the benchmark's process tree); a run where it exceeded ${DISTURBED * 100} % is repeated (at most ${quick ? 2 : 12} repeats in all), and what remains above 10 % is listed in the notes.`,
    ],
    pages,
    seeding,
    throughput,
    skipped,
    publish,
    publishSkipped,
    live,
    liveSkipped,
    renders,
    explain,
    explainSkipped,
    memory,
    weights,
    lighthouse,
    lighthouseSkipped,
    notes,
  };
  writeFileSync(path.join(BENCH_DATA_DIR, quick ? 'results-quick.json' : 'results.json'), JSON.stringify(results, null, 1));
  writeFileSync(path.join(OUT_DIR, 'RESULTS.md'), resultsMarkdown(results));
  writeFileSync(path.join(OUT_DIR, 'requests-per-second.svg'), chartSvg(results));
  // The next full run compares its cached and Varnish ratios with this one's (issue 19: never lower).
  if (!quick) writeRatios(ratiosOf(throughput, startedAt.toISOString(), `wrk ${wrkVersion()} (${WRK_THREADS} threads)`));
  else note(`(quick run: ${path.relative(PROJECT_ROOT, RATIOS_FILE)} is left as it is)`);
  console.log(resultsText(results));
  say(
    `Written: ${path.relative(PROJECT_ROOT, path.join(OUT_DIR, 'RESULTS.md'))}, ${path.relative(PROJECT_ROOT, path.join(OUT_DIR, 'requests-per-second.svg'))}`,
  );
}

main()
  .then(async () => {
    await cleanup();
    say('Done.');
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    console.error(`✗ ${(error as Error).stack ?? String(error)}`);
    await cleanup();
    process.exit(1);
  });
