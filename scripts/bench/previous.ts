/**
 * The cached and Varnish ratios (requests/s of the mode ÷ the baseline's, same page, same run) of the
 * last full run, kept in bench/ratios.json: issue 19 asks that they never go down. A full run compares
 * its own ratios with them, then writes its own for the next run (a quick run only compares).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TMode, TThroughput } from './results';
import { PROJECT_ROOT } from './util';

export const RATIOS_FILE = path.join(PROJECT_ROOT, 'bench', 'ratios.json');
export const COMPARED_MODES: TMode[] = ['cached', 'varnish'];

export type TRatios = { date: string; tool: string; ratios: Record<string, Partial<Record<TMode, number>>> };

/** Each page's cached and Varnish ratio of a run's throughput table. */
export function ratiosOf(throughput: TThroughput[], date: string, tool: string): TRatios {
  const ratios: TRatios['ratios'] = {};
  for (const t of throughput) {
    if (!COMPARED_MODES.includes(t.mode)) continue;
    const baseline = throughput.find((b) => b.page === t.page && b.mode === 'baseline');
    if (!baseline || !(baseline.requestsPerSecond > 0)) continue;
    ratios[t.page] = { ...ratios[t.page], [t.mode]: Number((t.requestsPerSecond / baseline.requestsPerSecond).toFixed(4)) };
  }
  return { date, tool, ratios };
}

export function readPreviousRatios(file = RATIOS_FILE): TRatios | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as TRatios;
  } catch {
    return null;
  }
}

export function writeRatios(ratios: TRatios, file = RATIOS_FILE): void {
  writeFileSync(file, `${JSON.stringify(ratios, null, 1)}\n`);
}
