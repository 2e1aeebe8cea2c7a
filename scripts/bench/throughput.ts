/**
 * The throughput runs of `npm run bench`: for each page, every mode (baseline, the app from its page
 * cache, the app rendering every time, Varnish) loaded with wrk, the modes interleaved run after run
 * so that a drift of the shared machine touches them all alike. A run during which processes outside
 * the benchmark took a real share of the CPU is repeated (a bounded number of times in all).
 */
import { wrk, type TLoadRun } from './load';
import type { MemorySampler } from './processes';
import { MODE_LABELS, summarize, type TMode, type TPage, type TThroughput } from './results';
import { fmtInt, fmtMs, note, sleep } from './util';

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
