/**
 * The throughput runs of `npm run bench`: for each page, every mode (baseline, the app from its page
 * cache, the app rendering every time, Varnish) loaded with wrk, the modes interleaved run after run
 * so that a drift of the shared machine touches them all alike. A run during which processes outside
 * the benchmark took a real share of the CPU is repeated (a bounded number of times in all). Then
 * the load tool's ceiling, Next.js's own floor, the shared links, and the memory peaks of the runs.
 */
import type { TInstances } from './instances';
import { LOAD_HEADERS, wrk, type TLoadRun } from './load';
import type { MemorySampler } from './processes';
import { MODE_LABELS, MODES, summarize, type TMemoryRow, type TMode, type TPage, type TSharedLinks, type TThroughput } from './results';
import { base, CONNECTIONS, DISTURBED, MAX_REPEATS, PORTS, RUNS, SECONDS, WARMUP_SECONDS } from './settings';
import { fmtInt, fmtMs, note, request, sleep } from './util';
import { ensureHit } from './warm';

/** Where a mode's load goes: an origin and the paths wrk requests in turn. */
export type TLoadTarget = { origin: string; paths: string[] };

export type TThroughputOptions = {
  pages: TPage[];
  modes: TMode[];
  target: (mode: TMode, page: TPage) => TLoadTarget;
  runs: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** A run during which other processes used more than this share of the CPU is repeated. */
  disturbed: number;
  maxRepeats: number;
  sampler: MemorySampler;
  /** Before each page's runs (pages live 5 minutes in the caches: stored afresh); returns notes. */
  beforePage: (page: TPage) => Promise<string[]>;
  /** After each page's runs: whether the caches still answer HIT; returns notes. */
  afterPage: (page: TPage) => Promise<string[]>;
};

function describe(page: TPage, mode: TMode, run: TLoadRun, label: string): void {
  const problems = run.non2xx + run.errors + run.timeouts;
  note(
    `${page.label.padEnd(8)} ${MODE_LABELS[mode].padEnd(38)} ${label}: ${fmtInt(run.requestsPerSecond).padStart(6)} req/s, p50 ${fmtMs(run.p50)} ms, p99 ${fmtMs(run.p99)} ms${problems ? `, ${run.non2xx} non-2xx / ${run.errors} socket errors / ${run.timeouts} timeouts` : ''}${run.foreignCpu > 0.05 ? ` (other processes used ${(run.foreignCpu * 100).toFixed(0)} % of the CPU)` : ''}`,
  );
}

export async function measureThroughput(options: TThroughputOptions): Promise<{ throughput: TThroughput[]; notes: string[] }> {
  const { sampler } = options;
  const throughput: TThroughput[] = [];
  const notes: string[] = [];
  const repeats = { used: 0, log: [] as string[] };
  const load = (mode: TMode, page: TPage, seconds: number) =>
    wrk(options.target(mode, page), { connections: options.connections, seconds });
  for (const page of options.pages) {
    notes.push(...(await options.beforePage(page)));
    for (const mode of options.modes) {
      sampler.setPhase(`warmup:${mode}`);
      await load(mode, page, options.warmupSeconds);
    }
    const runs = new Map<TMode, TLoadRun[]>(options.modes.map((m) => [m, []]));
    for (let i = 0; i < options.runs; i += 1) {
      for (const mode of options.modes) {
        sampler.setPhase(`load:${mode}`);
        let run = await load(mode, page, options.seconds);
        describe(page, mode, run, `run ${i + 1}`);
        // Another process took a real share of this 2-core machine: the run says more about it than
        // about us. Repeated (a bounded number of times in all); the repeat is kept whatever it gives.
        while (run.foreignCpu > options.disturbed && repeats.used < options.maxRepeats) {
          repeats.used += 1;
          repeats.log.push(
            `${page.label}, ${MODE_LABELS[mode]}, run ${i + 1}: other processes used ${(run.foreignCpu * 100).toFixed(0)} % of the CPU`,
          );
          sampler.setPhase('between');
          await sleep(3_000);
          sampler.setPhase(`load:${mode}`);
          run = await load(mode, page, options.seconds);
          describe(page, mode, run, `run ${i + 1}, repeated`);
        }
        runs.get(mode)?.push(run);
        sampler.setPhase('between');
        await sleep(500);
      }
    }
    for (const mode of options.modes) {
      const summary = summarize(page.key, mode, runs.get(mode) ?? []);
      throughput.push(summary);
      if (summary.non2xx + summary.errors + summary.timeouts > 0)
        notes.push(
          `${page.label}, ${MODE_LABELS[mode]}: ${summary.non2xx} non-2xx/3xx responses, ${summary.errors} socket errors, ${summary.timeouts} timeouts over ${options.runs} run(s).`,
        );
      if (summary.foreignCpuMax > 0.1)
        notes.push(
          `${page.label}, ${MODE_LABELS[mode]}: other processes on the machine used up to ${(summary.foreignCpuMax * 100).toFixed(0)} % of the CPU during a run.`,
        );
    }
    notes.push(...(await options.afterPage(page)));
  }
  if (repeats.used) {
    notes.push(
      `${repeats.used} load run(s) were repeated because processes outside the benchmark used more than ${options.disturbed * 100} % of the CPU during them (at most ${options.maxRepeats} repeats in all; a repeat is kept whatever it measures): ${repeats.log.join('; ')}.`,
    );
  }
  return { throughput, notes };
}

/** The median requests/s of `runs` wrk runs against `target` (after a warm-up that is not counted). */
export async function medianRate(
  target: TLoadTarget,
  options: { runs: number; seconds: number; warmupSeconds: number; connections: number; uniqueParam?: string },
): Promise<TLoadRun[]> {
  await wrk(target, { connections: options.connections, seconds: options.warmupSeconds, uniqueParam: options.uniqueParam });
  const runs: TLoadRun[] = [];
  for (let i = 0; i < options.runs; i += 1)
    runs.push(await wrk(target, { connections: options.connections, seconds: options.seconds, uniqueParam: options.uniqueParam }));
  return runs;
}

/**
 * This run's throughput: every page in every mode, on the instances `npm run bench` started. The
 * instance without a page cache renders every request it gets, several pages of the kind in turn (what
 * wrk leaves in flight when a run ends is rendered for no one; the abort probe checks that this harms
 * no later reader). The other modes serve the one page whose bytes the baseline has.
 */
export async function runThroughput(
  instances: TInstances,
  pages: TPage[],
  rotations: Record<string, string[]>,
  sampler: MemorySampler,
): Promise<{ throughput: TThroughput[]; notes: string[] }> {
  const { app1, uncached, varnishUrl } = instances;
  const modes: TMode[] = MODES.filter((m) => m !== 'varnish' || varnishUrl);
  const originFor: Record<TMode, string> = {
    baseline: base(PORTS.baseline),
    cached: app1.url,
    uncached: uncached.url,
    varnish: base(PORTS.varnish),
  };
  const loadTarget = (mode: TMode, page: TPage): TLoadTarget => ({
    origin: originFor[mode],
    paths: mode === 'uncached' ? rotations[page.key] : [page.path],
  });
  const cacheChecks = (page: TPage): [string, string, 'x-cache' | 'x-varnish-cache'][] => [
    ['instance 1', `${app1.url}${page.path}`, 'x-cache'],
    ...(varnishUrl ? [['Varnish', `${varnishUrl}${page.path}`, 'x-varnish-cache'] as [string, string, 'x-varnish-cache']] : []),
  ];
  return measureThroughput({
    pages,
    modes,
    target: loadTarget,
    runs: RUNS,
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    connections: CONNECTIONS,
    disturbed: DISTURBED,
    maxRepeats: MAX_REPEATS,
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
}

export type TLoadBounds = {
  ceiling: { requestsPerSecond: number; pageMegabytesPerSecond: number };
  nextFloor: number | null;
  sharedLinks: TSharedLinks[];
};

/**
 * Beside the pages' throughput: the load tool's ceiling (the baseline with a 2-byte body), Next.js's
 * floor here and the article asked for through shared links.
 */
export async function loadBounds(
  instances: TInstances,
  article: TPage,
  throughput: TThroughput[],
  sampler: MemorySampler,
): Promise<TLoadBounds> {
  const { app1, uncached, varnishUrl } = instances;
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
  const sharedLinks: TSharedLinks[] = [];
  for (const [who, origin] of [['app, from its page cache', app1.url], ...(varnishUrl ? [['through Varnish', varnishUrl]] : [])] as const) {
    const runs = await medianRate(
      { origin, paths: [`${article.path}?utm_source=facebook&utm_medium=social`] },
      { ...loadOptions, uniqueParam: 'fbclid' },
    );
    sharedLinks.push({ who, runs });
    note(`shared links, ${who}: ${runs.map((r) => fmtInt(r.requestsPerSecond)).join(' / ')} req/s`);
  }
  sampler.setPhase('after-load');
  return { ceiling, nextFloor, sharedLinks };
}

/** The memory peaks of the load runs, per process group. */
export function memoryRows(sampler: MemorySampler, varnishOk: boolean): TMemoryRow[] {
  return [
    { label: 'app instance 1 (page cache) — cached and Varnish runs', peak: sampler.peakOver('app instance 1 (page cache)', 'load:') },
    { label: 'app instance 3 (PAGE_CACHE=off) — uncached runs', peak: sampler.peakOver('app instance 3 (PAGE_CACHE=off, 1M)', 'load:') },
    { label: 'PostgreSQL — all load runs', peak: sampler.peakOver('PostgreSQL (postmaster + backends)', 'load:') },
    ...(varnishOk ? [{ label: 'Varnish — all load runs', peak: sampler.peakOver('Varnish', 'load:') }] : []),
    { label: 'baseline server — all load runs', peak: sampler.peakOver('baseline server', 'load:') },
  ];
}
