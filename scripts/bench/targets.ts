/**
 * The targets `npm run bench` checks (issues 5 and 19), from a run's results, and their table.
 */
import { liveTargets } from './live-tables';
import { readsTargets } from './reads-tables';
import { COMPARED_MODES } from './previous';
import { MODE_LABELS, type TMode, type TResults, type TThroughput } from './results';
import { fmtInt, fmtMs, fmtRatio } from './util';

export type TTarget = { target: string; measured: string; pass: boolean | null; note?: string };

/** Issue 19: every readers' page rendered uncached at this rate or more. */
export const UNCACHED_MIN_RPS = 250;
/** Issue 19: a page from the app's own cache at this share of the bare-Node baseline or more. */
export const CACHED_MIN_RATIO = 0.6;
export const FIRST_REQUEST_MS = 100;
export const PUBLISH_MS = 300;

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

function find(results: TResults, page: string, mode: TMode): TThroughput | undefined {
  return results.throughput.find((t) => t.page === page && t.mode === mode);
}

/**
 * Issue 19's throughput targets, page by page: rendered every time ≥ 250 req/s; from the page cache
 * ≥ 60 % of the baseline; the cached and Varnish ratios no lower than in the last full run.
 */
function issue19Throughput(results: TResults): TTarget[] {
  const out: TTarget[] = [];
  const floor = results.nextFloor
    ? `For scale, Next.js alone in the same run: its smallest dynamic page (the sign-in form, no database read) rendered every time, ${fmtInt(results.nextFloor)} req/s.`
    : undefined;
  for (const page of results.pages) {
    const uncached = find(results, page.key, 'uncached');
    out.push({
      target: `Rendered every time ≥ ${UNCACHED_MIN_RPS} req/s: ${page.label}`,
      measured: uncached ? `${fmtInt(uncached.requestsPerSecond)} req/s` : '—',
      pass: uncached ? uncached.requestsPerSecond >= UNCACHED_MIN_RPS : null,
      note: page.key === 'article' ? floor : undefined,
    });
  }
  for (const page of results.pages) {
    const cached = find(results, page.key, 'cached');
    const base = find(results, page.key, 'baseline');
    out.push({
      target: `From the app’s page cache ≥ ${CACHED_MIN_RATIO * 100} % of the baseline: ${page.label}`,
      measured:
        cached && base
          ? `${fmtInt(cached.requestsPerSecond)} req/s = ${fmtRatio(cached.requestsPerSecond / base.requestsPerSecond)} of the baseline’s ${fmtInt(base.requestsPerSecond)}`
          : '—',
      pass: cached && base ? cached.requestsPerSecond >= CACHED_MIN_RATIO * base.requestsPerSecond : null,
    });
  }
  const previous = results.previousRatios;
  for (const page of results.pages) {
    for (const mode of COMPARED_MODES) {
      const t = find(results, page.key, mode);
      const base = find(results, page.key, 'baseline');
      const before = previous?.ratios[page.key]?.[mode];
      if (!t || !base) continue;
      const ratio = t.requestsPerSecond / base.requestsPerSecond;
      out.push({
        target: `${MODE_LABELS[mode]}: ratio to the baseline no lower than in the last full run: ${page.label}`,
        measured: `${fmtRatio(ratio)} (${fmtInt(t.requestsPerSecond)} of ${fmtInt(base.requestsPerSecond)} req/s)${before === undefined ? '' : ` vs ${fmtRatio(before)} then`}`,
        pass: before === undefined ? null : ratio >= before,
        note: previous
          ? `last full run: ${previous.date.slice(0, 10)}, ${previous.tool}${before === undefined ? '; this page was not load-tested then' : ''}`
          : undefined,
      });
    }
  }
  return out;
}

export function targets(results: TResults): TTarget[] {
  const out: TTarget[] = [...issue19Throughput(results)];
  const article = results.pages.find((p) => p.key === 'article');
  const at = (mode: TMode) => (article ? find(results, article.key, mode) : undefined);
  const base = at('baseline');
  const varnish = at('varnish');
  out.push(
    varnish && base
      ? {
          target: 'Article through Varnish ≥ 50 % of the baseline',
          measured: `${fmtInt(varnish.requestsPerSecond)} req/s = ${fmtRatio(varnish.requestsPerSecond / base.requestsPerSecond)} of ${fmtInt(base.requestsPerSecond)}`,
          pass: varnish.requestsPerSecond >= 0.5 * base.requestsPerSecond,
        }
      : { target: 'Article through Varnish ≥ 50 % of the baseline', measured: 'not measured (Varnish skipped)', pass: null },
  );
  const cached = at('cached');
  out.push({
    target: 'Article from the app’s own cache ≥ 1,000 req/s',
    measured: cached ? `${fmtInt(cached.requestsPerSecond)} req/s` : '—',
    pass: cached ? cached.requestsPerSecond >= 1000 : null,
  });
  out.push({
    target: 'Article from the app’s own cache never slower than Next’s own ISR',
    measured: cached ? `${fmtInt(cached.requestsPerSecond)} req/s vs about 1,300 req/s` : '—',
    pass: cached ? cached.requestsPerSecond >= 1300 : null,
    note: 'Next ISR is not run by this benchmark: the reference is the issue’s figure for Next.js 16 ISR on this kind of machine.',
  });
  for (const f of results.firstRequests ?? []) {
    out.push({
      target: `The first request after a start under ${FIRST_REQUEST_MS} ms: ${f.page}`,
      measured: `${fmtMs(f.firstMs)} ms (HTTP ${f.status})`,
      pass: f.status === 200 && f.firstMs < FIRST_REQUEST_MS,
    });
  }
  if (!results.firstRequests?.length)
    out.push({
      target: `The first request after a start under ${FIRST_REQUEST_MS} ms`,
      measured: results.firstSkipped ?? 'not measured',
      pass: null,
    });
  if (results.publish) {
    const worst = Math.max(...Object.values(results.publish.max));
    out.push({
      target: `Publish-to-visible, worst of the trials, under ${PUBLISH_MS} ms on every path`,
      measured: `worst of ${results.publish.trials.length} trials: ${Object.entries(results.publish.max)
        .map(([n, ms]) => `${n} ${Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : '> 5 s'}`)
        .join(', ')}`,
      pass: worst < PUBLISH_MS,
    });
  } else
    out.push({
      target: `Publish-to-visible, worst of the trials, under ${PUBLISH_MS} ms on every path`,
      measured: results.publishSkipped ?? 'not measured',
      pass: null,
    });
  if (results.live) {
    const live = results.live;
    const errors = live.streams.reduce((n, s) => n + s.non2xx + s.errors + s.timeouts, 0);
    const seen = live.changes.filter((c) => Object.values(c.visibleMs).every(Number.isFinite)).length;
    out.push({
      target: 'Load while editors publish: zero errors, zero 5xx, every change visible',
      measured: `${fmtInt(live.streams.reduce((n, s) => n + s.total, 0))} requests, ${errors} non-2xx/errors/timeouts, p99 ≤ ${fmtMs(Math.max(...live.streams.map((s) => s.p99)))} ms; ${seen}/${live.changes.length} changes seen everywhere`,
      pass: errors === 0 && live.failures.length === 0 && seen === live.changes.length && live.changes.length > 0,
    });
  } else
    out.push({
      target: 'Load while editors publish: zero errors, zero 5xx, every change visible',
      measured: results.liveSkipped ?? 'not measured',
      pass: null,
    });
  out.push(...liveTargets(results), ...readsTargets(results));
  for (const r of results.renders) {
    out.push({
      target: `Uncached p50 at ${fmtInt(results.largeStories)} stories ≤ 1.5 × at 1,000: ${r.page}`,
      measured: `${fmtMs(r.at1m.p50)} ms vs ${fmtMs(r.at1k.p50)} ms = ${r.ratio.toFixed(2)}×`,
      pass: r.ratio <= 1.5,
    });
  }
  if (results.lighthouse.length) {
    for (const l of results.lighthouse) {
      out.push({
        target: `Lighthouse performance ≥ 95: ${l.page}`,
        measured: String(l.scores.performance),
        pass: l.scores.performance >= 95,
      });
      out.push({
        target: `Lighthouse accessibility, best practices, SEO = 100: ${l.page}`,
        measured: `${l.scores.accessibility} / ${l.scores.bestPractices} / ${l.scores.seo}`,
        pass: l.scores.accessibility === 100 && l.scores.bestPractices === 100 && l.scores.seo === 100,
        note: l.failing.length ? `below full score: ${l.failing.join('; ')}` : undefined,
      });
    }
  } else out.push({ target: 'Lighthouse scores', measured: results.lighthouseSkipped ?? 'not run', pass: null });
  const underLoad = results.memory.filter((m) => m.label.startsWith('app') && m.peak);
  if (underLoad.length) {
    const worstTree = Math.max(...underLoad.map((m) => m.peak?.rssSumKb ?? 0));
    const worstServer = Math.max(...underLoad.map((m) => m.peak?.largestRssKb ?? 0));
    out.push({
      target: 'The app under load within 512 MB resident',
      measured: `server process ${mb(worstServer)}; whole \`npm start\` process tree ${mb(worstTree)}`,
      pass: worstTree <= 512 * 1024,
      note: 'Judged on the whole tree (the start script and tsx wrappers included), the stricter reading.',
    });
  }
  if (results.explain) {
    const offenders = results.explain.filter((e) => e.seqScanOnArticle).map((e) => e.page);
    out.push({
      target: `No sequential scan of "Article" on a public page (EXPLAIN, ${fmtInt(results.largeStories)} stories)`,
      measured: offenders.length ? `Seq Scan on: ${offenders.join(', ')}` : 'none',
      pass: offenders.length === 0,
    });
  }
  return out;
}

export function targetsTable(list: TTarget[]): string {
  return table(
    ['target', 'measured', 'result'],
    list.map((t) => [
      t.target,
      `${t.measured}${t.note ? ` — ${t.note}` : ''}`,
      t.pass === null ? 'not measured' : t.pass ? 'PASS' : '**FAIL**',
    ]),
  );
}
