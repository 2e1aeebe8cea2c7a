/**
 * The shape of the benchmark's results (what `npm run bench` measures, what the report is made from):
 * the modes, the pages, a throughput cell and the whole of a run.
 */
import type { TPageExplain } from './explain';
import type { TFirstRequest } from './first-request';
import type { TLighthouse } from './lighthouse';
import type { TLoadRun, TSequential } from './load';
import type { TMemoryPeak } from './processes';
import type { TLiveResult } from './live-load';
import type { TLivePollResult } from './live-poll';
import type { TLiveRender } from './live-render';
import type { TReadsResult } from './reads';
import type { TRatios } from './previous';
import type { TPublishResult } from './publish';
import type { TSeedResult } from './seed';
import type { TPageWeight } from './weight';
import { median } from './util';

export type TMode = 'baseline' | 'cached' | 'uncached' | 'varnish';
export const MODES: TMode[] = ['baseline', 'cached', 'uncached', 'varnish'];
export const MODE_LABELS: Record<TMode, string> = {
  baseline: 'baseline: bare Node http, same bytes',
  cached: 'app, from its page cache',
  uncached: 'app, rendered every time',
  varnish: 'through Varnish',
};
export const MODE_SHORT: Record<TMode, string> = {
  baseline: 'baseline',
  cached: 'app cached',
  uncached: 'app uncached',
  varnish: 'Varnish',
};

export type TPage = { key: string; label: string; path: string };

export type TThroughput = {
  page: string;
  mode: TMode;
  runs: TLoadRun[];
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  foreignCpuMax: number;
};

export function summarize(page: string, mode: TMode, runs: TLoadRun[]): TThroughput {
  return {
    page,
    mode,
    runs,
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    errors: runs.reduce((s, r) => s + r.errors, 0),
    timeouts: runs.reduce((s, r) => s + r.timeouts, 0),
    foreignCpuMax: Math.max(0, ...runs.map((r) => r.foreignCpu)),
  };
}

/** The article asked for with a click id that is new on every request (a link shared on a social network). */
export type TSharedLinks = { who: string; runs: TLoadRun[] };

export type TRender = { page: string; path: string; at1k: TSequential; at1m: TSequential; ratio: number };
export type TMemoryRow = { label: string; peak: TMemoryPeak | null; note?: string };

export type TResults = {
  /** The load tool's ceiling: the baseline with a 2-byte body, and the best MB/s seen on the pages. */
  ceiling: { requestsPerSecond: number; pageMegabytesPerSecond: number } | null;
  /** Next.js's own floor here: its smallest dynamic page (/connexion, no database read) rendered every time, req/s. */
  nextFloor?: number | null;
  /** The first request for a page on a freshly started instance. */
  firstRequests?: TFirstRequest[];
  firstSkipped?: string | null;
  /** The cached and Varnish ratios of the last full run (bench/ratios.json), to compare with. */
  previousRatios?: TRatios | null;
  sharedLinks?: TSharedLinks[];
  quick: boolean;
  runs: number;
  seconds: number;
  largeStories: number;
  largeDb: string;
  startedAt: Date;
  finishedAt: Date;
  machine: [string, string][];
  settings: string[];
  pages: TPage[];
  seeding: TSeedResult[];
  throughput: TThroughput[];
  skipped: string[];
  publish: TPublishResult | null;
  publishSkipped: string | null;
  live: TLiveResult | null;
  liveSkipped: string | null;
  /** Readers polling a live page (« En direct »); absent from results written before it existed. */
  livePoll?: TLivePollResult | null;
  livePollSkipped?: string | null;
  /** A live of 2,000 entries rendered beside the same story (uncached); absent from older results. */
  liveRender?: TLiveRender | null;
  liveRenderSkipped?: string | null;
  /** « Les plus lus » counted at full speed; absent from older results. */
  reads?: TReadsResult | null;
  readsSkipped?: string | null;
  renders: TRender[];
  explain: TPageExplain[] | null;
  explainSkipped: string | null;
  memory: TMemoryRow[];
  weights: TPageWeight[];
  lighthouse: TLighthouse[];
  lighthouseSkipped: string | null;
  notes: string[];
};

/** The throughput cell of `page` in `mode`, if it was measured. */
export function findThroughput(results: TResults, page: string, mode: TMode): TThroughput | undefined {
  return results.throughput.find((t) => t.page === page && t.mode === mode);
}
