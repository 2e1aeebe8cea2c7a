/**
 * Uncached renders at 1,000 and at the large newsroom's size: one client, one request at a time, in
 * turn to the two instances with the page cache off, so that both series see the same machine.
 */
import { sequentialInterleaved } from './load';
import type { TPage, TRender } from './results';
import { LARGE, SEQUENTIAL, SMALL } from './settings';
import { fmtInt, fmtMs, note } from './util';

export async function measureRenders(pages: TPage[], origins: { small: string; large: string }): Promise<TRender[]> {
  const renders: TRender[] = [];
  for (const page of pages) {
    // In turn, one request to each: both series see the same machine.
    const [at1k, at1m] = await sequentialInterleaved([`${origins.small}${page.path}`, `${origins.large}${page.path}`], SEQUENTIAL);
    renders.push({ page: page.label, path: page.path, at1k, at1m, ratio: at1m.p50 / at1k.p50 });
    note(
      `${page.label.padEnd(8)} p50 ${fmtMs(at1k.p50)} ms at ${fmtInt(SMALL)}, ${fmtMs(at1m.p50)} ms at ${fmtInt(LARGE)} (${(at1m.p50 / at1k.p50).toFixed(2)}×; ${at1k.n}/${at1m.n} requests)`,
    );
  }
  return renders;
}
