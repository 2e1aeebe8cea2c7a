/**
 * The SVG chart of bench/RESULTS.md: requests per second of every page in every mode, beside the
 * baseline, on a log scale.
 */
import { fmtInt, fmtRatio } from './util';
import { findThroughput, MODE_SHORT, MODES, type TMode, type TResults } from './results';

const MODE_COLORS: Record<TMode, string> = { baseline: '#7f7f7f', cached: '#1f77b4', uncached: '#d62728', varnish: '#2ca02c' };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const LEGEND: Record<TMode, string> = {
  baseline: 'baseline (bare Node http)',
  cached: 'app, page cache',
  uncached: 'app, rendered every time',
  varnish: 'through Varnish',
};

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
  const y = (v: number) =>
    margin.top + plotH - ((Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * plotH;
  const modes = MODES.filter((m) => results.throughput.some((t) => t.mode === m));
  const groupW = plotW / results.pages.length;
  const barW = Math.min(44, (groupW * 0.8) / modes.length);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
  );
  parts.push(`<title>Dakarinfo: requests per second, each mode beside the baseline</title>`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(
    `<text x="${margin.left}" y="26" font-size="16" font-weight="600" fill="#111">Requests per second (median of ${results.runs} × ${results.seconds} s, 50 connections, loopback) — log scale</text>`,
  );
  const ceilingNote = results.ceiling
    ? ` · dashed: the load tool's ceiling (${fmtInt(results.ceiling.requestsPerSecond)} req/s, 2-byte body)`
    : '';
  parts.push(
    `<text x="${margin.left}" y="46" fill="#444">${esc(`${results.machine.find(([k]) => k === 'CPU')?.[1] ?? ''}, ${results.machine.find(([k]) => k === 'nproc')?.[1] ?? '?'} cores · ${results.finishedAt.toISOString().slice(0, 10)} · percentages are of the baseline${ceilingNote}`)}</text>`,
  );
  modes.forEach((mode, i) => {
    const x = margin.left + i * 210;
    parts.push(
      `<rect x="${x}" y="62" width="12" height="12" fill="${MODE_COLORS[mode]}"/><text x="${x + 18}" y="72" fill="#222">${esc(LEGEND[mode])}</text>`,
    );
  });
  for (let v = lo; v <= hi; v *= 10) {
    const gy = y(v);
    parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${gy.toFixed(1)}" y2="${gy.toFixed(1)}" stroke="#e3e3e3"/>`);
    parts.push(`<text x="${margin.left - 8}" y="${(gy + 4).toFixed(1)}" text-anchor="end" fill="#555">${fmtInt(v)}</text>`);
  }
  parts.push(`<line x1="${margin.left}" x2="${margin.left}" y1="${margin.top}" y2="${margin.top + plotH}" stroke="#999"/>`);
  if (results.ceiling) {
    const cy = y(results.ceiling.requestsPerSecond);
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${cy.toFixed(1)}" y2="${cy.toFixed(1)}" stroke="#555" stroke-dasharray="5 4"/>`,
    );
  }
  results.pages.forEach((page, g) => {
    const gx = margin.left + g * groupW + (groupW - barW * modes.length) / 2;
    const base = findThroughput(results, page.key, 'baseline');
    modes.forEach((mode, i) => {
      const t = findThroughput(results, page.key, mode);
      if (!t) return;
      const x = gx + i * barW;
      const top = y(t.requestsPerSecond);
      parts.push(
        `<rect x="${(x + 2).toFixed(1)}" y="${top.toFixed(1)}" width="${(barW - 4).toFixed(1)}" height="${(margin.top + plotH - top).toFixed(1)}" fill="${MODE_COLORS[mode]}"><title>${esc(`${page.label}, ${MODE_SHORT[mode]}: ${fmtInt(t.requestsPerSecond)} req/s`)}</title></rect>`,
      );
      parts.push(
        `<text x="${(x + barW / 2).toFixed(1)}" y="${(top - 16).toFixed(1)}" text-anchor="middle" font-size="10.5" fill="#222">${fmtInt(t.requestsPerSecond)}</text>`,
      );
      if (mode !== 'baseline' && base)
        parts.push(
          `<text x="${(x + barW / 2).toFixed(1)}" y="${(top - 4).toFixed(1)}" text-anchor="middle" font-size="10" fill="#666">${esc(fmtRatio(t.requestsPerSecond / base.requestsPerSecond))}</text>`,
        );
    });
    const cx = (margin.left + g * groupW + groupW / 2).toFixed(1);
    parts.push(`<text x="${cx}" y="${margin.top + plotH + 22}" text-anchor="middle" font-size="13" fill="#111">${esc(page.label)}</text>`);
    parts.push(
      `<text x="${cx}" y="${margin.top + plotH + 40}" text-anchor="middle" font-size="10.5" fill="#666">${esc(shortPath(page.path))}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
