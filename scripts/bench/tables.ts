/**
 * The benchmark's tables, in Markdown (GitHub's pipe tables): the same tables go into bench/RESULTS.md
 * and to the terminal at the end of a run.
 */
import { fmtBytes, fmtInt, fmtMs, fmtRatio, median } from './util';
import { findThroughput, MODE_LABELS, MODES, type TResults } from './results';

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
export const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

export function throughputTable(results: TResults): string {
  const rows: (string | number)[][] = [];
  for (const page of results.pages) {
    const base = findThroughput(results, page.key, 'baseline');
    for (const mode of MODES) {
      const t = findThroughput(results, page.key, mode);
      if (!t) continue;
      const problems = t.non2xx + t.errors + t.timeouts;
      rows.push([
        mode === 'baseline' ? `**${page.label}**` : '',
        MODE_LABELS[mode],
        fmtInt(t.requestsPerSecond),
        fmtMs(t.p50),
        fmtMs(t.p99),
        mode === 'baseline'
          ? '100 %'
          : base
            ? `${fmtRatio(t.requestsPerSecond / base.requestsPerSecond)} of ${fmtInt(base.requestsPerSecond)}`
            : '—',
        problems === 0 ? '0' : `${t.non2xx} ≥ 400, ${t.errors} socket errors, ${t.timeouts} timeouts`,
      ]);
    }
  }
  return table(
    [
      'page',
      'mode',
      'req/s',
      'p50 ms',
      'p99 ms',
      'vs baseline (its req/s)',
      `≥ 400 / socket errors (${results.runs} run${results.runs > 1 ? 's' : ''})`,
    ],
    rows,
  );
}

export function firstRequestTable(results: TResults): string {
  if (!results.firstRequests?.length) return `Skipped: ${results.firstSkipped ?? 'not measured'}.`;
  return table(
    ['page', 'first request ms', 'second request ms', 'answered by', 'start → /api/health ms'],
    results.firstRequests.map((f) => [
      `${f.page} \`${f.path.length > 40 ? `${f.path.slice(0, 39)}…` : f.path}\``,
      `${fmtMs(f.firstMs)}${f.status === 200 ? '' : ` (HTTP ${f.status})`}`,
      fmtMs(f.secondMs),
      f.source || '—',
      fmtInt(f.startMs),
    ]),
  );
}

export function publishTable(results: TResults): string {
  const p = results.publish;
  if (!p) return `Skipped: ${results.publishSkipped ?? 'not measured'}.`;
  const names = Object.keys(p.medians);
  return table(
    ['path', 'median ms', 'max ms', 'trials (ms)'],
    [
      ...names.map((n) => [
        n,
        fmtMs(p.medians[n]),
        Number.isFinite(p.max[n]) ? fmtMs(p.max[n]) : '> 5000',
        p.trials.map((t) => (Number.isFinite(t.visibleMs[n]) ? t.visibleMs[n].toFixed(0) : '>5000')).join(', '),
      ]),
      [
        '(the server action itself, request → response)',
        fmtMs(p.actionMedianMs),
        fmtMs(Math.max(...p.trials.map((t) => t.actionMs))),
        p.trials.map((t) => t.actionMs.toFixed(0)).join(', '),
      ],
    ],
  );
}

export function liveTable(results: TResults): string {
  const live = results.live;
  if (!live) return `Skipped: ${results.liveSkipped ?? 'not measured'}.`;
  const streams = table(
    ['load stream', 'connections', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'timeouts'],
    live.streams.map((s) => [
      s.name,
      s.connections,
      fmtInt(s.total),
      fmtInt(s.requestsPerSecond),
      fmtMs(s.p50),
      fmtMs(s.p99),
      s.non2xx,
      s.errors,
      s.timeouts,
    ]),
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
    results.renders.map((r) => [
      r.page,
      fmtMs(r.at1k.p50),
      fmtMs(r.at1m.p50),
      `${r.ratio.toFixed(2)}×`,
      `${fmtMs(r.at1k.p90)} / ${fmtMs(r.at1m.p90)}`,
      `${r.at1k.n} / ${r.at1m.n}${r.at1k.failures + r.at1m.failures ? ` (${r.at1k.failures + r.at1m.failures} failed)` : ''}`,
    ]),
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
        ? [
            m.label,
            mb(m.peak.rssSumKb),
            m.peak.pssSumKb ? mb(m.peak.pssSumKb) : '—',
            `${mb(m.peak.largestRssKb)} / ${mb(m.peak.largestHwmKb)}`,
            String(m.peak.processes),
          ]
        : [m.label, '—', '—', m.note ?? 'not sampled', '—'],
    ),
  );
}

export function weightTable(results: TResults): string {
  return table(
    ['page', 'HTML', 'HTML gzip', 'inline JS (RSC payload)', 'JSON-LD', 'JS files', 'JS', 'JS gzip'],
    results.weights.map((w) => [
      w.page,
      fmtBytes(w.htmlBytes),
      fmtBytes(w.htmlGzipBytes),
      fmtBytes(w.inlineScriptBytes),
      fmtBytes(w.jsonLdBytes),
      w.scripts.length,
      fmtBytes(w.jsBytes),
      fmtBytes(w.jsGzipBytes),
    ]),
  );
}

export function lighthouseTable(results: TResults): string {
  if (results.lighthouse.length === 0) return `Skipped: ${results.lighthouseSkipped ?? 'not run'}.`;
  return table(
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP / LCP ms', 'TBT ms', 'CLS'],
    results.lighthouse.map((l) => [
      l.page,
      l.scores.performance,
      l.scores.accessibility,
      l.scores.bestPractices,
      l.scores.seo,
      `${fmtInt(l.metrics.fcpMs)} / ${fmtInt(l.metrics.lcpMs)}`,
      fmtInt(l.metrics.tbtMs),
      l.metrics.cls.toFixed(3),
    ]),
  );
}
