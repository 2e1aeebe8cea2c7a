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
 *      publish-to-visible latency, readers polling a live page while entries are posted (live-poll.ts), uncached render times at 1,000 and 1,000,000 stories with the query
 *      plans, memory under load, page weight and Lighthouse scores;
 *   5. writes bench/RESULTS.md and bench/requests-per-second.svg, prints the tables, and stops every
 *      process it started — also on failure or Ctrl-C.
 *
 * Options: `npm run bench -- --quick` (short runs to try the script; results go to .data/bench/quick/).
 * Environment: BENCH_PORT_BASE (3201: ports 3201–3208 are used), BENCH_REDIS_URL (redis://127.0.0.1:6379),
 * BENCH_WAIT_QUIET (minutes to wait for a quiet machine before the load runs, 5; 0 to not wait),
 * BENCH_LARGE (stories in the large newsroom, 1000000).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startBaseline } from './bench/baseline';
import { chartSvg } from './bench/chart';
import { postmasterPid, seedNewsrooms, startCluster, startReplica, stopCluster, type TCluster } from './bench/databases';
import { explainPages, explainPlansText, prepareExplainRole, type TPageExplain } from './bench/explain';
import { measureFirstRequests, type TFirstRequest } from './bench/first-request';
import { appEnv, build, buildSite, missingServices, startApp, startInstances } from './bench/instances';
import { CHROME_PATH, lighthouseAvailable, lighthousePages, type TLighthouse } from './bench/lighthouse';
import { loadWhilePublishing, liveSetup, type TLiveResult } from './bench/live-load';
import { measureLivePoll, type TLivePollResult } from './bench/live-poll';
import { measureLiveRender, type TLiveRender } from './bench/live-render';
import { WRK_THREADS, wrkVersion } from './bench/load';
import { machineTable } from './bench/machine';
import { benchPages, pageOf } from './bench/pages';
import { ratiosOf, RATIOS_FILE, readPreviousRatios, writeRatios } from './bench/previous';
import { loadAverage, MemorySampler, Processes, waitForQuietMachine } from './bench/processes';
import { measurePublishToVisible, publishTargets, type TPublishResult } from './bench/publish';
import { measureRenders } from './bench/renders';
import { resultsMarkdown, resultsText, stepsResultsMarkdown } from './bench/report';
import { measureReads, type TReadsResult } from './bench/reads';
import type { TResults } from './bench/results';
import {
  base,
  CONNECTIONS,
  LARGE,
  LARGE_DB,
  LIGHTHOUSE_RUNS,
  LIVE_POLL,
  onlySteps,
  stepsOnly,
  LIVE_SECONDS,
  LOG_DIR,
  OUT_DIR,
  PORTS,
  PUBLISH_TRIALS,
  QUIET_MINUTES,
  quick,
  REDIS_PREFIX,
  REDIS_URL,
  RUNS,
  SECONDS,
  SEQUENTIAL,
  settingsText,
} from './bench/settings';
import { loadBounds, memoryRows, runThroughput } from './bench/throughput';
import { VARNISHD, xkeyAvailable } from './bench/varnish';
import { measureRollingRestart, rollingRestartText } from './bench/rolling-restart';
import { abortProbes, warmPages } from './bench/warm';
import { startTopology } from './cluster/topology';
import { measureWeights } from './bench/weight';
import { BENCH_DATA_DIR, BENCH_DIST_DIR, fmtInt, fmtMs, note, portIsFree, PROJECT_ROOT, query, redisAnswers, say } from './bench/util';

const processes = new Processes();
const sampler = new MemorySampler();
const cluster: TCluster = { embedded: null, replica: null, leftoverPostgresPid: null };
let cleaning: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    sampler.stop();
    const names = processes.names;
    if (names.length) say(`Stopping ${names.join(', ')}…`);
    await processes.stopAll();
    await stopCluster(cluster);
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.log(`\n✗ Interrupted (${signal}): stopping what the benchmark started…`);
    void cleanup().then(() => process.exit(130));
  });
}

/** A step that may fail without stopping the benchmark: its result, or why it is missing. */
async function attempt<T>(step: () => Promise<T>): Promise<[T | null, string | null]> {
  try {
    return [await step(), null];
  } catch (error) {
    const skipped = `failed: ${(error as Error).message}`;
    note(`✗ ${skipped}`);
    return [null, skipped];
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
  buildSite();

  // 2. Databases and pages -------------------------------------------------------------------------
  const embedded = await startCluster(cluster);
  const adminUrl = embedded.adminUrl;
  const { seeding, small, large } = await seedNewsrooms(adminUrl);
  const [pgVersion] = await query<{ v: string }>(adminUrl, `SELECT current_setting('server_version') AS v`);
  const postmaster = postmasterPid();
  sampler.track('PostgreSQL (postmaster + backends)', () => postmaster);
  const { story, pages, renderPages, rotations, searchMatches, bodySample } = await benchPages(large.url);
  const article = pageOf(pages, 'article');

  // 3. Processes -------------------------------------------------------------------------------------
  const secret = randomBytes(32).toString('base64url');
  const redisOk = await redisAnswers(REDIS_URL);
  const varnishOk = existsSync(VARNISHD) && xkeyAvailable();
  skipped.push(...missingServices(redisOk, varnishOk));
  say(`Starting the app instances (ports ${PORTS.app1}–${PORTS.uncached1k}, ${PORTS.explain})…`);
  const explainUrl = await prepareExplainRole(adminUrl, LARGE_DB);
  // Instance 2 reads from a streaming replica: publish-to-visible on it includes replication.
  const replicaUrl = redisOk ? await startReplica(cluster, embedded) : null;
  const instances = await startInstances({
    processes,
    sampler,
    secret,
    largeUrl: large.url,
    smallUrl: small.url,
    explainUrl,
    replicaUrl,
    redisOk,
    varnishOk,
  });
  const { app1, uncached, explainer } = instances;
  sampler.start(200);

  // 4. Warm the pages, keep the bytes for the baseline ------------------------------------------------
  say('Warming the pages and checking every path answers…');
  const warm = await warmPages(instances, pages, renderPages);
  notes.push(...warm.notes);
  say(`Starting the baseline (bare Node http, same bytes) on ${base(PORTS.baseline)}…`);
  const baselinePid = (await startBaseline(processes, PORTS.baseline, warm.baselinePages)).pid;
  sampler.track('baseline server', () => baselinePid);
  // A reader who leaves while their page renders: does the next reader of that URL still get it?
  say('Abort probe: a client disconnects during a render, then the same URL is requested again…');
  notes.push(...(await abortProbes(instances)));

  /** Issue 20's steps (also alone: `npm run bench -- --live`). */
  const liveSteps = async () => {
    say(
      `Readers polling a live: ${LIVE_POLL.pollers} conditional pollers of the article opened as a live, an entry every 2 s for ${LIVE_POLL.seconds} s, then wrk on 304 answers…`,
    );
    const [livePoll, livePollSkipped] = await attempt<TLivePollResult>(() => {
      sampler.setPhase('live-poll');
      return measureLivePoll({
        url: `${app1.url}${article.path}`,
        targets: publishTargets(instances, article.path, replicaUrl !== null).map((t) => ({ name: t.name, url: `${t.baseUrl}${t.path}` })),
        databaseUrl: large.url,
        pollers: LIVE_POLL.pollers,
        seconds: LIVE_POLL.seconds,
        wrkSeconds: LIVE_POLL.wrkSeconds,
        wrkConnections: CONNECTIONS,
        baselineUrl: `${base(PORTS.baseline)}${article.path}`,
        redisUrl: redisOk ? REDIS_URL : null,
        redisPrefix: REDIS_PREFIX,
        purgeUrl: varnishOk ? `${base(PORTS.varnish)}/` : null,
        log: note,
      });
    });

    // 7d. A live of 2,000 entries, first page, beside the same story ---------------------------------
    say('A live of 2,000 entries beside a story: uncached renders, one request at a time…');
    const [liveRender, liveRenderSkipped] = await attempt<TLiveRender>(() => {
      sampler.setPhase('live-render');
      return measureLiveRender({
        origin: uncached.url,
        databaseUrl: large.url,
        paths: rotations.article,
        controlPath: article.path,
        sequential: SEQUENTIAL,
        log: note,
      });
    });
    return { livePoll, livePollSkipped, liveRender, liveRenderSkipped };
  };
  /** Issue 22's step: « Les plus lus » counted at full speed (also alone: `npm run bench -- --reads`). */
  const readsStep = async () => {
    say('« Les plus lus »: readers at full speed on every path, each a page then its read beacon…');
    const [reads, readsSkipped] = await attempt<TReadsResult>(() => {
      sampler.setPhase('reads');
      return measureReads({
        targets: publishTargets(instances, article.path, replicaUrl !== null).map((t) => ({ name: t.name, url: `${t.baseUrl}${t.path}` })),
        databaseUrl: large.url,
        articleId: story.id,
        instances: instances.app2 ? 2 : 1,
        seconds: quick ? 5 : 20,
        connections: CONNECTIONS,
        log: note,
      });
    });
    return { reads, readsSkipped };
  };
  if (stepsOnly) {
    const notSelected = 'not selected (npm run bench -- --live / --reads)';
    const live = onlySteps.live
      ? await liveSteps()
      : { livePoll: null, livePollSkipped: notSelected, liveRender: null, liveRenderSkipped: notSelected };
    const reads = onlySteps.reads ? await readsStep() : { reads: null, readsSkipped: notSelected };
    const results = {
      ...live,
      ...reads,
      steps: onlySteps,
      startedAt,
      finishedAt: new Date(),
      quick,
      largeStories: LARGE,
      machine: await machineTable({
        pgVersion: pgVersion.v,
        varnishOk,
        redisUrl: redisOk ? REDIS_URL : null,
        build,
        loadBefore: loadAverage(),
        startedAt,
      }),
      settings: settingsText({ pages, rotations, searchMatches, redisOk, varnishOk, app2: instances.app2 !== null, replicaUrl }),
      notes: [...skipped, ...notes],
    };
    const file = path.join(OUT_DIR, 'STEPS-RESULTS.md');
    writeFileSync(file, stepsResultsMarkdown(results));
    say(`Written: ${path.relative(PROJECT_ROOT, file)}`);
    return;
  }

  // 5. Page weight ----------------------------------------------------------------------------------
  say('Page weight…');
  const { weights, notes: weightNotes } = await measureWeights(app1.url, pages, bodySample);
  notes.push(...weightNotes);

  // 6. Throughput -------------------------------------------------------------------------------------
  const loadBefore = QUIET_MINUTES > 0 ? await waitForQuietMachine(1.0, QUIET_MINUTES * 60_000, note) : loadAverage();
  say(
    `Throughput: wrk -t${WRK_THREADS} -c ${CONNECTIONS} -d ${SECONDS}s, ${RUNS} run(s) per cell (load average now ${loadBefore.toFixed(2)})…`,
  );
  const { throughput, notes: throughputNotes } = await runThroughput(instances, pages, rotations, sampler);
  notes.push(...throughputNotes);
  const { ceiling, nextFloor, sharedLinks } = await loadBounds(instances, article, throughput, sampler);
  const memory = memoryRows(sampler, varnishOk);

  // 6b. The first request after a start -------------------------------------------------------------
  say('The first request after a start: a fresh instance per page (page cache on, no Redis)…');
  sampler.setPhase('first-request');
  const [firstRequests, firstSkipped] = await attempt(async () => {
    const measured: TFirstRequest[] = await measureFirstRequests([article, pageOf(pages, 'home')], async (page) => {
      const started = performance.now();
      const fresh = await startApp(processes, `fresh-${page.key}`, PORTS.fresh, appEnv(PORTS.fresh, large.url, secret, {}));
      return { url: fresh.url, startMs: performance.now() - started, stop: () => processes.stopByName(fresh.name) };
    });
    for (const f of measured)
      note(
        `${f.page.padEnd(8)} first request ${fmtMs(f.firstMs)} ms (HTTP ${f.status}${f.source ? `, ${f.source}` : ''}), then ${fmtMs(f.secondMs)} ms; the instance answered /api/health ${fmtMs(f.startMs)} ms after its start`,
      );
    return measured;
  });

  // 7. Publish-to-visible ------------------------------------------------------------------------------
  say(`Publish-to-visible (${PUBLISH_TRIALS} trials)…`);
  const targets = publishTargets(instances, article.path, replicaUrl !== null);
  const [publish, publishSkipped] = await attempt<TPublishResult>(() => {
    sampler.setPhase('publish');
    return measurePublishToVisible({
      editorBaseUrl: app1.url,
      databaseUrl: large.url,
      distDir: BENCH_DIST_DIR,
      articleId: story.id,
      targets,
      trials: PUBLISH_TRIALS,
      log: note,
    });
  });

  // 7b. Readers and editors at once -----------------------------------------------------------------
  say(
    `Readers and editors at once: ${LIVE_SECONDS} s of load on every instance while an editor edits, marks « mise à jour » and publishes…`,
  );
  const live = liveSetup(instances, { article: article.path, rubrique: pageOf(pages, 'rubrique').path });
  const [liveResult, liveSkipped] = await attempt<TLiveResult>(() => {
    sampler.setPhase('live');
    return loadWhilePublishing({
      editorBaseUrl: app1.url,
      databaseUrl: large.url,
      distDir: BENCH_DIST_DIR,
      article: { id: story.id, path: article.path },
      streams: live.streams,
      targets: live.targets,
      seconds: LIVE_SECONDS,
      log: note,
    });
  });

  // 7c, 7d. Readers polling a live; a live of 2,000 entries beside a story -------------------------------
  const { livePoll, livePollSkipped, liveRender, liveRenderSkipped } = await liveSteps();

  // 7e. « Les plus lus » counted at full speed ------------------------------------------------------------
  const { reads, readsSkipped } = await readsStep();

  // 8. Uncached renders at 1,000 and 1,000,000 -------------------------------------------------------
  say(`Uncached renders, one request at a time (${SEQUENTIAL.count} per page or ${SEQUENTIAL.maxMs / 1000} s), bench_1k vs ${LARGE_DB}…`);
  sampler.setPhase('renders');
  const renders = await measureRenders(renderPages, { small: instances.uncached1k.url, large: uncached.url });

  // 9. Query plans ------------------------------------------------------------------------------------
  say(`Query plans on ${LARGE_DB} (auto_explain, ANALYZE + BUFFERS)…`);
  const [explain, explainSkipped] = await attempt<TPageExplain[]>(async () => {
    const plans = await explainPages(
      explainer.url,
      renderPages.map((p) => ({ page: p.label, path: p.path })),
    );
    await processes.stopByName(explainer.name);
    for (const e of plans)
      note(
        `${e.page.padEnd(8)} ${e.plans.length} queries, ${fmtMs(e.totalMs)} ms in PostgreSQL, Seq Scan on "Article": ${e.seqScanOnArticle ? 'YES' : 'no'}`,
      );
    writeFileSync(path.join(OUT_DIR, 'explain-plans.txt'), explainPlansText(plans, fmtInt(LARGE)));
    return plans;
  });

  // 10. Lighthouse -------------------------------------------------------------------------------------
  let lighthouse: TLighthouse[] = [];
  let lighthouseSkipped: string | null = null;
  if (!lighthouseAvailable()) lighthouseSkipped = `Chromium not found at ${CHROME_PATH} (or lighthouse not installed)`;
  else {
    say('Lighthouse 12.2.3 (home, article)…');
    sampler.setPhase('lighthouse');
    ({ lighthouse, skipped: lighthouseSkipped } = await lighthousePages(app1.url, [pages[0], article], LIGHTHOUSE_RUNS));
  }

  // 11. Rolling restart under load: the topology of `npm run cluster` (scripts/cluster/), its own
  //     databases and instances, wrk through Varnish while each instance restarts; zero errors expected.
  if (redisOk && varnishOk) {
    say('Rolling restart under load (npm run cluster’s topology, wrk through Varnish)…');
    sampler.setPhase('rolling-restart');
    const [rolling, rollingSkipped] = await attempt(async () => {
      const topology = await startTopology({
        dir: path.join(BENCH_DATA_DIR, 'cluster'),
        distDir: BENCH_DIST_DIR,
        redisUrl: REDIS_URL,
        redisPrefix: `${REDIS_PREFIX}cluster:`,
        log: note,
      });
      try {
        return await measureRollingRestart(topology, note);
      } finally {
        await topology.stop();
      }
    });
    if (rolling) {
      note(rollingRestartText(rolling));
      notes.push(`Rolling restart: ${rollingRestartText(rolling)}.`);
    } else skipped.push(`Rolling restart ${rollingSkipped}`);
  } else skipped.push('Rolling restart skipped: it needs Redis and Varnish.');

  // 12. Report ----------------------------------------------------------------------------------------
  const results: TResults = {
    ceiling,
    nextFloor,
    firstRequests: firstRequests ?? [],
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
    machine: await machineTable({ pgVersion: pgVersion.v, varnishOk, redisUrl: redisOk ? REDIS_URL : null, build, loadBefore, startedAt }),
    settings: settingsText({ pages, rotations, searchMatches, redisOk, varnishOk, app2: instances.app2 !== null, replicaUrl }),
    pages,
    seeding,
    throughput,
    skipped,
    publish,
    publishSkipped,
    live: liveResult,
    liveSkipped,
    livePoll,
    livePollSkipped,
    liveRender,
    liveRenderSkipped,
    reads,
    readsSkipped,
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
