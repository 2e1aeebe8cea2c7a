/**
 * The benchmark's results: the table printed at the end, bench/RESULTS.md and the SVG chart of
 * requests per second beside the baseline.
 */
import type { TPageExplain } from './explain';
import type { TFirstRequest } from './first-request';
import type { TLighthouse } from './lighthouse';
import type { TLoadRun, TSequential } from './load';
import type { TMemoryPeak } from './processes';
import type { TLiveResult } from './live-load';
import type { TRatios } from './previous';
import type { TPublishResult } from './publish';
import type { TSeedResult } from './seed';
import { targets, targetsTable } from './targets';
import type { TPageWeight } from './weight';
import { fmtBytes, fmtInt, fmtMs, fmtRatio, median } from './util';

export type TMode = 'baseline' | 'cached' | 'uncached' | 'varnish';
export const MODES: TMode[] = ['baseline', 'cached', 'uncached', 'varnish'];
export const MODE_LABELS: Record<TMode, string> = {
  baseline: 'baseline: bare Node http, same bytes',
  cached: 'app, from its page cache',
  uncached: 'app, rendered every time',
  varnish: 'through Varnish',
};
const MODE_SHORT: Record<TMode, string> = { baseline: 'baseline', cached: 'app cached', uncached: 'app uncached', varnish: 'Varnish' };
const MODE_COLORS: Record<TMode, string> = { baseline: '#7f7f7f', cached: '#1f77b4', uncached: '#d62728', varnish: '#2ca02c' };

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
  renders: TRender[];
  explain: TPageExplain[] | null;
  explainSkipped: string | null;
  memory: TMemoryRow[];
  weights: TPageWeight[];
  lighthouse: TLighthouse[];
  lighthouseSkipped: string | null;
  notes: string[];
};

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

function find(results: TResults, page: string, mode: TMode): TThroughput | undefined {
  return results.throughput.find((t) => t.page === page && t.mode === mode);
}

export function throughputTable(results: TResults): string {
  const rows: (string | number)[][] = [];
  for (const page of results.pages) {
    const base = find(results, page.key, 'baseline');
    for (const mode of MODES) {
      const t = find(results, page.key, mode);
      if (!t) continue;
      const problems = t.non2xx + t.errors + t.timeouts;
      rows.push([
        mode === 'baseline' ? `**${page.label}**` : '',
        MODE_LABELS[mode],
        fmtInt(t.requestsPerSecond),
        fmtMs(t.p50),
        fmtMs(t.p99),
        mode === 'baseline' ? '100 %' : base ? `${fmtRatio(t.requestsPerSecond / base.requestsPerSecond)} of ${fmtInt(base.requestsPerSecond)}` : '—',
        problems === 0 ? '0' : `${t.non2xx} ≥ 400, ${t.errors} socket errors, ${t.timeouts} timeouts`,
      ]);
    }
  }
  return table(['page', 'mode', 'req/s', 'p50 ms', 'p99 ms', 'vs baseline (its req/s)', `≥ 400 / socket errors (${results.runs} run${results.runs > 1 ? 's' : ''})`], rows);
}

export function firstRequestTable(results: TResults): string {
  if (!results.firstRequests?.length) return `Skipped: ${results.firstSkipped ?? 'not measured'}.`;
  return table(
    ['page', 'first request ms', 'second request ms', 'answered by', 'start → /api/health ms'],
    results.firstRequests.map((f) => [`${f.page} \`${f.path.length > 40 ? `${f.path.slice(0, 39)}…` : f.path}\``, `${fmtMs(f.firstMs)}${f.status === 200 ? '' : ` (HTTP ${f.status})`}`, fmtMs(f.secondMs), f.source || '—', fmtInt(f.startMs)]),
  );
}

export function publishTable(results: TResults): string {
  const p = results.publish;
  if (!p) return `Skipped: ${results.publishSkipped ?? 'not measured'}.`;
  const names = Object.keys(p.medians);
  return table(
    ['path', 'median ms', 'max ms', 'trials (ms)'],
    [
      ...names.map((n) => [n, fmtMs(p.medians[n]), Number.isFinite(p.max[n]) ? fmtMs(p.max[n]) : '> 5000', p.trials.map((t) => (Number.isFinite(t.visibleMs[n]) ? t.visibleMs[n].toFixed(0) : '>5000')).join(', ')]),
      ['(the server action itself, request → response)', fmtMs(p.actionMedianMs), fmtMs(Math.max(...p.trials.map((t) => t.actionMs))), p.trials.map((t) => t.actionMs.toFixed(0)).join(', ')],
    ],
  );
}

export function liveTable(results: TResults): string {
  const live = results.live;
  if (!live) return `Skipped: ${results.liveSkipped ?? 'not measured'}.`;
  const streams = table(
    ['load stream', 'connections', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'timeouts'],
    live.streams.map((s) => [s.name, s.connections, fmtInt(s.total), fmtInt(s.requestsPerSecond), fmtMs(s.p50), fmtMs(s.p99), s.non2xx, s.errors, s.timeouts]),
  );
  const kinds = [...new Set(live.changes.map((c) => c.kind))];
  const targets = [...new Set(live.changes.flatMap((c) => Object.keys(c.visibleMs)))];
  const changes = table(
    ['change', 'count', 'action median ms', ...targets.map((t) => `visible on ${t}: median / max ms`)],
    kinds.map((kind) => {
      const of = live.changes.filter((c) => c.kind === kind);
      return [
        kind,
        of.length,
        fmtMs(median(of.map((c) => c.actionMs))),
        ...targets.map((t) => {
          const ms = of.map((c) => c.visibleMs[t]);
          const max = Math.max(...ms);
          return `${fmtMs(median(ms))} / ${Number.isFinite(max) ? fmtMs(max) : '> 5000'}`;
        }),
      ];
    }),
  );
  const errors = live.streams.reduce((n, s) => n + s.non2xx + s.errors + s.timeouts, 0);
  const seen = live.changes.filter((c) => Object.values(c.visibleMs).every(Number.isFinite)).length;
  return `${streams}\n\n${changes}\n\n${fmtInt(live.streams.reduce((n, s) => n + s.total, 0))} requests in ${live.seconds} s: ${errors} non-2xx, errors or timeouts. ${seen} of ${live.changes.length} changes seen by every reader.${live.failures.length ? ` Failures: ${live.failures.join('; ')}.` : ''}`;
}

export function rendersTable(results: TResults): string {
  return table(
    ['page', 'p50 at 1,000 (ms)', `p50 at ${fmtInt(results.largeStories)} (ms)`, 'ratio', 'p90 (ms)', 'requests'],
    results.renders.map((r) => [r.page, fmtMs(r.at1k.p50), fmtMs(r.at1m.p50), `${r.ratio.toFixed(2)}×`, `${fmtMs(r.at1k.p90)} / ${fmtMs(r.at1m.p90)}`, `${r.at1k.n} / ${r.at1m.n}${r.at1k.failures + r.at1m.failures ? ` (${r.at1k.failures + r.at1m.failures} failed)` : ''}`]),
  );
}

export function explainTable(results: TResults): string {
  if (!results.explain) return `Skipped: ${results.explainSkipped ?? 'not run'}.`;
  return table(
    ['page', 'queries', 'total ms', 'Seq Scan on "Article"', 'other seq scans', 'slowest query (ms): its top plan node'],
    results.explain.map((e) => [
      e.page,
      e.plans.length,
      fmtMs(e.totalMs),
      e.seqScanOnArticle ? '**yes**' : 'no',
      e.otherSeqScans.length ? e.otherSeqScans.map((t) => `"${t}"`).join(', ') : '—',
      e.slowest ? `${fmtMs(e.slowest.durationMs)}: \`${(e.slowest.plan.split('\n')[0] ?? '').replace(/\s+\(cost=.*$/, '').trim()}\`` : '—',
    ]),
  );
}

export function memoryTable(results: TResults): string {
  return table(
    ['process group', 'peak RSS, sum of the group', 'peak PSS, sum', 'largest process: peak RSS / VmHWM', 'processes'],
    results.memory.map((m) =>
      m.peak
        ? [m.label, mb(m.peak.rssSumKb), m.peak.pssSumKb ? mb(m.peak.pssSumKb) : '—', `${mb(m.peak.largestRssKb)} / ${mb(m.peak.largestHwmKb)}`, String(m.peak.processes)]
        : [m.label, '—', '—', m.note ?? 'not sampled', '—'],
    ),
  );
}

export function weightTable(results: TResults): string {
  return table(
    ['page', 'HTML', 'HTML gzip', 'inline JS (RSC payload)', 'JSON-LD', 'JS files', 'JS', 'JS gzip'],
    results.weights.map((w) => [w.page, fmtBytes(w.htmlBytes), fmtBytes(w.htmlGzipBytes), fmtBytes(w.inlineScriptBytes), fmtBytes(w.jsonLdBytes), w.scripts.length, fmtBytes(w.jsBytes), fmtBytes(w.jsGzipBytes)]),
  );
}

export function lighthouseTable(results: TResults): string {
  if (results.lighthouse.length === 0) return `Skipped: ${results.lighthouseSkipped ?? 'not run'}.`;
  return table(
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP / LCP ms', 'TBT ms', 'CLS'],
    results.lighthouse.map((l) => [l.page, l.scores.performance, l.scores.accessibility, l.scores.bestPractices, l.scores.seo, `${fmtInt(l.metrics.fcpMs)} / ${fmtInt(l.metrics.lcpMs)}`, fmtInt(l.metrics.tbtMs), l.metrics.cls.toFixed(3)]),
  );
}

/* ------------------------------------------------------------------------------------------------
 * SVG chart
 * ---------------------------------------------------------------------------------------------- */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const LEGEND: Record<TMode, string> = { baseline: 'baseline (bare Node http)', cached: 'app, page cache', uncached: 'app, rendered every time', varnish: 'through Varnish' };

function shortPath(p: string): string {
  let text = p;
  try {
    text = decodeURIComponent(p);
  } catch {
    // keep it encoded
  }
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}

export function chartSvg(results: TResults): string {
  const width = 980;
  const height = 520;
  const margin = { left: 78, right: 24, top: 104, bottom: 64 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const values = results.throughput.map((t) => t.requestsPerSecond).filter((v) => v > 0);
  if (results.ceiling) values.push(results.ceiling.requestsPerSecond);
  const lo = Math.pow(10, Math.floor(Math.log10(Math.max(1, Math.min(...values, 10)))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...values, 10) * 1.2)));
  const y = (v: number) => margin.top + plotH - ((Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * plotH;
  const modes = MODES.filter((m) => results.throughput.some((t) => t.mode === m));
  const groupW = plotW / results.pages.length;
  const barW = Math.min(44, (groupW * 0.8) / modes.length);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`);
  parts.push(`<title>Dakarinfo: requests per second, each mode beside the baseline</title>`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="${margin.left}" y="26" font-size="16" font-weight="600" fill="#111">Requests per second (median of ${results.runs} × ${results.seconds} s, 50 connections, loopback) — log scale</text>`);
  const ceilingNote = results.ceiling ? ` · dashed: the load tool's ceiling (${fmtInt(results.ceiling.requestsPerSecond)} req/s, 2-byte body)` : '';
  parts.push(`<text x="${margin.left}" y="46" fill="#444">${esc(`${results.machine.find(([k]) => k === 'CPU')?.[1] ?? ''}, ${results.machine.find(([k]) => k === 'nproc')?.[1] ?? '?'} cores · ${results.finishedAt.toISOString().slice(0, 10)} · percentages are of the baseline${ceilingNote}`)}</text>`);
  modes.forEach((mode, i) => {
    const x = margin.left + i * 210;
    parts.push(`<rect x="${x}" y="62" width="12" height="12" fill="${MODE_COLORS[mode]}"/><text x="${x + 18}" y="72" fill="#222">${esc(LEGEND[mode])}</text>`);
  });
  for (let v = lo; v <= hi; v *= 10) {
    const gy = y(v);
    parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${gy.toFixed(1)}" y2="${gy.toFixed(1)}" stroke="#e3e3e3"/>`);
    parts.push(`<text x="${margin.left - 8}" y="${(gy + 4).toFixed(1)}" text-anchor="end" fill="#555">${fmtInt(v)}</text>`);
  }
  parts.push(`<line x1="${margin.left}" x2="${margin.left}" y1="${margin.top}" y2="${margin.top + plotH}" stroke="#999"/>`);
  if (results.ceiling) {
    const cy = y(results.ceiling.requestsPerSecond);
    parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${cy.toFixed(1)}" y2="${cy.toFixed(1)}" stroke="#555" stroke-dasharray="5 4"/>`);
  }
  results.pages.forEach((page, g) => {
    const gx = margin.left + g * groupW + (groupW - barW * modes.length) / 2;
    const base = find(results, page.key, 'baseline');
    modes.forEach((mode, i) => {
      const t = find(results, page.key, mode);
      if (!t) return;
      const x = gx + i * barW;
      const top = y(t.requestsPerSecond);
      parts.push(`<rect x="${(x + 2).toFixed(1)}" y="${top.toFixed(1)}" width="${(barW - 4).toFixed(1)}" height="${(margin.top + plotH - top).toFixed(1)}" fill="${MODE_COLORS[mode]}"><title>${esc(`${page.label}, ${MODE_SHORT[mode]}: ${fmtInt(t.requestsPerSecond)} req/s`)}</title></rect>`);
      parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${(top - 16).toFixed(1)}" text-anchor="middle" font-size="10.5" fill="#222">${fmtInt(t.requestsPerSecond)}</text>`);
      if (mode !== 'baseline' && base) parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${(top - 4).toFixed(1)}" text-anchor="middle" font-size="10" fill="#666">${esc(fmtRatio(t.requestsPerSecond / base.requestsPerSecond))}</text>`);
    });
    const cx = (margin.left + g * groupW + groupW / 2).toFixed(1);
    parts.push(`<text x="${cx}" y="${margin.top + plotH + 22}" text-anchor="middle" font-size="13" fill="#111">${esc(page.label)}</text>`);
    parts.push(`<text x="${cx}" y="${margin.top + plotH + 40}" text-anchor="middle" font-size="10.5" fill="#666">${esc(shortPath(page.path))}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/* ------------------------------------------------------------------------------------------------
 * RESULTS.md
 * ---------------------------------------------------------------------------------------------- */

export function resultsMarkdown(results: TResults): string {
  const list = targets(results);
  const passed = list.filter((t) => t.pass === true).length;
  const failed = list.filter((t) => t.pass === false).length;
  const lines: string[] = [];
  lines.push('# Dakarinfo benchmark results (`npm run bench`)');
  lines.push('');
  lines.push(`Run on ${results.finishedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC, ${((results.finishedAt.getTime() - results.startedAt.getTime()) / 60_000).toFixed(1)} minutes${results.quick ? ' — **quick mode: short runs, not for comparison**' : ''}. Issues 5 and 19's targets: ${passed} passed, ${failed} failed, ${list.length - passed - failed} not measured.`);
  lines.push('');
  lines.push('![Requests per second, each mode beside the baseline](requests-per-second.svg)');
  lines.push('');
  lines.push('## Machine');
  lines.push('');
  lines.push(table(['', ''], results.machine));
  lines.push('');
  lines.push('## How it was measured');
  lines.push('');
  for (const s of results.settings) lines.push(`- ${s}`);
  lines.push('');
  lines.push('## Targets (issues 5 and 19)');
  lines.push('');
  lines.push(targetsTable(list));
  lines.push('');
  lines.push('## Throughput: requests per second, p50 and p99 latency');
  lines.push('');
  lines.push(`wrk, 2 threads, 50 connections, ${results.seconds} s, ${results.runs} run(s) per cell, medians; every request carries \`Accept-Encoding: gzip\`. Each mode is shown beside the baseline measured in the same run (its own figure in the ratio column). Rendered every time, each kind of page rotates over several pages (see the setup above).`);
  lines.push('');
  lines.push(throughputTable(results));
  lines.push('');
  if (results.ceiling) {
    lines.push(
      `The load tool's ceiling on this machine, measured in the same run with the same wrk settings: the baseline server answering a 2-byte body reaches ${fmtInt(results.ceiling.requestsPerSecond)} req/s (one run); the pages' bodies (3–8 kB gzip'd) peaked at ${results.ceiling.pageMegabytesPerSecond.toFixed(0)} MB/s received. wrk's two threads and the server share the 2 cores: the ceiling is the machine's, not wrk's alone (autocannon, single-threaded JavaScript, topped out near 20,000 req/s here, below a bare Node server).`,
    );
    lines.push('');
  }
  if (results.sharedLinks?.length) {
    const cachedArticle = find(results, 'article', 'cached');
    const varnishArticle = find(results, 'article', 'varnish');
    lines.push(
      `Shared links: the same article asked for as readers arriving from a social network ask for it, \`?utm_source=facebook&utm_medium=social&fbclid=<id>\` with an id that is new on every request (wrk's \`request()\` in \`scripts/bench/wrk.lua\`), same load, ${results.runs} run(s), median. The page is cached under the parameters it reads, so each click is the cached page, not a render:`,
    );
    lines.push('');
    lines.push(
      table(
        ['where', 'req/s (median)', 'req/s per run', 'p50 / p99 ms', 'the article without the tags, same mode', 'non-2xx / errors'],
        results.sharedLinks.map((s) => {
          const same = s.who.startsWith('through') ? varnishArticle : cachedArticle;
          const rps = median(s.runs.map((r) => r.requestsPerSecond));
          return [
            s.who,
            fmtInt(rps),
            s.runs.map((r) => fmtInt(r.requestsPerSecond)).join(', '),
            `${fmtMs(median(s.runs.map((r) => r.p50)))} / ${fmtMs(median(s.runs.map((r) => r.p99)))}`,
            same ? `${fmtInt(same.requestsPerSecond)} (${Math.round((100 * rps) / same.requestsPerSecond)} %)` : '—',
            s.runs.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0),
          ];
        }),
      ),
    );
    lines.push('');
  }
  lines.push('<details><summary>Every run</summary>');
  lines.push('');
  lines.push(
    table(
      ['page', 'mode', 'req/s per run', 'MB/s received per run', 'p50 / p99 ms per run', 'CPU used by other processes (max)'],
      results.throughput.map((t) => [
        t.page,
        MODE_SHORT[t.mode],
        t.runs.map((r) => fmtInt(r.requestsPerSecond)).join(', '),
        t.runs.map((r) => (r.bytesPerSecond / 1e6).toFixed(1)).join(', '),
        t.runs.map((r) => `${fmtMs(r.p50)}/${fmtMs(r.p99)}`).join(', '),
        fmtRatio(t.foreignCpuMax),
      ]),
    ),
  );
  lines.push('');
  lines.push('</details>');
  lines.push('');
  lines.push('## The first request after a start');
  lines.push('');
  lines.push('For each page, a fresh app instance (page cache on, no Redis: nothing comes from another instance) is started as `npm start` starts it; once `/api/health` answers, the first request for the page is timed on a new connection (request → whole response), then a second one (from the page cache), and the instance is stopped. One instance per page, so that no page is measured after another warmed the renderer for it.');
  lines.push('');
  lines.push(firstRequestTable(results));
  lines.push('');
  lines.push('## Publish-to-visible');
  lines.push('');
  if (results.publish) {
    lines.push(
      `What was measured: an editor account (created in the database with a known password, argon2id) signs in over HTTP (next-auth's CSRF token, then the credentials callback) on instance 1 and opens the story's edit page, as a browser must before its form can be sent. Each trial changes the title of a published story through the real server action \`saveArticleAction\`, called over HTTP exactly as the newsroom's form calls it (POST to the edit page with the \`Next-Action\` id from the build's manifest and the form encoded as React does): session and role check, the versioned transaction, then the purge of instance 1's page cache, a message on Redis for the other instances, and a \`PURGE\` with \`xkey-purge\` to Varnish. The clock starts when the request leaves; three readers poll the story's page every 5 ms — instance 1 directly, instance 2 (same Redis, its own page cache; its readers' pages read from a streaming replica of the PostgreSQL when the run made one: see the setup above, and the target's name) and through Varnish — until the new title appears. Before each trial the three pages are served from cache (HIT), so each trial measures an invalidation, not a cold page. ${results.publish.trials.length} trials; the story's title is restored at the end.`,
    );
    lines.push('');
  }
  lines.push(publishTable(results));
  if (results.publish?.failures.length) lines.push(`\nFailures: ${results.publish.failures.join('; ')}`);
  lines.push('');
  lines.push('## Readers and editors at once');
  lines.push('');
  lines.push(
    `What was measured (issue 6's load test): wrk processes (one thread each) load Manchettes and the article on instance 1, the rubrique on instance 2 and the article through Varnish (50 connections in all) for ${results.live?.seconds ?? '—'} s, while the editor of the previous section, over HTTP, repeats a cycle of three real server actions: a title edit of the article, a « mise à jour » with a public note on it, and the publication of a new story (a draft the benchmark wrote beforehand). After each change, a reader on each instance and through Varnish polls until it sees the change (the article for the first two; Manchettes, then the new story's address, for the publication). Afterwards the stories published here and the update-log entries added here are deleted and the title restored.`,
  );
  lines.push('');
  lines.push(liveTable(results));
  lines.push('');
  lines.push(`## Uncached renders at 1,000 and at ${fmtInt(results.largeStories)} stories`);
  lines.push('');
  lines.push(`One client, one request at a time (keep-alive, gzip), alternately to two instances with the page cache off (\`PAGE_CACHE=off\`) on \`bench_1k\` and \`${results.largeDb}\`: the same URLs, the same demo stories on top, only the archive differs; taking turns, both series see the same machine. The ratio is p50 at ${fmtInt(results.largeStories)} / p50 at 1,000; p90 and request counts are given as 1k / large.`);
  lines.push('');
  lines.push(rendersTable(results));
  lines.push('');
  lines.push(`### Query plans on ${fmtInt(results.largeStories)} stories`);
  lines.push('');
  lines.push(
    `Not hand-written copies of Prisma's SQL: an app instance (page cache off) connects to \`${results.largeDb}\` as a role whose sessions load PostgreSQL's \`auto_explain\` with \`log_analyze\` and \`log_buffers\` — the plan of every statement it runs is logged exactly as \`EXPLAIN (ANALYZE, BUFFERS)\` prints it. Each page was requested once (after a first request to warm connections); the plans are in [explain-plans.txt](explain-plans.txt). Seq scans of the small tables (Rubrique: 6 rows, User: 8) are the planner's right choice.`,
  );
  lines.push('');
  lines.push(explainTable(results));
  lines.push('');
  lines.push('## Memory under load');
  lines.push('');
  lines.push('Sampled every 200 ms from /proc (VmRSS and VmHWM from status, Pss from smaps_rollup) during the load runs. An app instance is the process tree `npm start` runs: tsx + scripts/start.ts, which starts tsx + server.ts. PostgreSQL is the postmaster and its backends; RSS double-counts shared buffers, PSS does not.');
  lines.push('');
  lines.push(memoryTable(results));
  lines.push('');
  lines.push('## Page weight');
  lines.push('');
  lines.push('HTML as the app sends it (raw, and gzip as served); inline JavaScript is mostly Next\'s React Server Components payload (`self.__next_f.push`); JS is the files of the page\'s `<script src>` tags, fetched from the app and gzip\'d here (level 6).');
  lines.push('');
  lines.push(weightTable(results));
  const article = results.weights.find((w) => w.bodyOccurrences !== undefined);
  if (article) lines.push(`\nA sentence of the story's body occurs ${article.bodyOccurrences} time(s) in the article's HTML${(article.bodyOccurrences ?? 0) > 1 ? ' (in the page and again in the inline React payload)' : ''}.`);
  const served = results.weights.find((w) => w.scripts.length);
  if (served) lines.push(`\nThe app ${served.jsServedCompressed ? 'compresses' : 'does **not** compress'} JavaScript files itself when asked for gzip${served.jsServedCompressed ? '' : ' (Varnish or a CDN would have to)'}.`);
  lines.push('');
  lines.push('## Lighthouse');
  lines.push('');
  lines.push('Lighthouse 12.2.3, default configuration (mobile emulation, simulated throttling), Debian\'s Chromium headless, against instance 1 (page cache warm). Each page is measured three times and the run with the median performance score is shown (the scores of all runs are listed below the table).');
  lines.push('');
  lines.push(lighthouseTable(results));
  for (const l of results.lighthouse) if (l.allPerformance) lines.push(`\n${l.page}: performance ${l.allPerformance.join(', ')} over ${l.allPerformance.length} runs.`);
  for (const l of results.lighthouse) if (l.failing.length) lines.push(`\n${l.page}: below full score — ${l.failing.join('; ')}.`);
  lines.push('');
  lines.push('## Seeding');
  lines.push('');
  lines.push(table(['database', 'stories', 'seeding', 'detail'], results.seeding.map((s) => [s.name, fmtInt(s.stories), s.reused ? `kept (took ${s.seconds.toFixed(0)} s when seeded)` : `${s.seconds.toFixed(1)} s`, s.steps.map((step) => step.replace(/\.$/, '')).join('; ')])));
  lines.push('');
  if (results.skipped.length || results.notes.length) {
    lines.push('## Skipped, errors and notes');
    lines.push('');
    for (const s of [...results.skipped, ...results.notes]) lines.push(`- ${s}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The tables for the terminal. */
export function resultsText(results: TResults): string {
  const list = targets(results);
  return [
    '',
    `══ Throughput (wrk -t2, 50 connections, ${results.seconds} s, median of ${results.runs}) ══`,
    throughputTable(results),
    '',
    '══ First request after a start ══',
    firstRequestTable(results),
    '',
    '══ Publish-to-visible ══',
    publishTable(results),
    '',
    '══ Readers and editors at once ══',
    liveTable(results),
    '',
    `══ Uncached renders, 1,000 vs ${fmtInt(results.largeStories)} stories ══`,
    rendersTable(results),
    '',
    `══ Query plans at ${fmtInt(results.largeStories)} stories ══`,
    explainTable(results),
    '',
    '══ Memory under load ══',
    memoryTable(results),
    '',
    '══ Page weight ══',
    weightTable(results),
    '',
    '══ Lighthouse ══',
    lighthouseTable(results),
    '',
    '══ Targets ══',
    targetsTable(list),
    ...(results.skipped.length || results.notes.length ? ['', '══ Skipped and notes ══', ...[...results.skipped, ...results.notes].map((s) => `- ${s}`)] : []),
    '',
  ].join('\n');
}
