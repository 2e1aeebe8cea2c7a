/**
 * The first request after a start (issue 19: « served by the direct renderer in under 100 ms »). For
 * each page, a fresh app instance is started (page cache on, its own memory only: no Redis, so
 * nothing is served from another instance's cache), the benchmark waits until /api/health answers,
 * then times the first request for that page on a new connection; then the same page once more
 * (now from the page cache), and the instance is stopped. One fresh instance per page, so that no
 * page is measured after another warmed the renderer for it.
 */
import { Agent } from 'node:http';
import { LOAD_HEADERS } from './load';
import type { TPage } from './results';
import { request } from './util';

export type TFirstRequest = {
  page: string;
  path: string;
  /** From the spawn of `npm start` to /api/health answering. */
  startMs: number;
  /** The first request for the page, request → whole response. */
  firstMs: number;
  status: number;
  /** What the instance said answered it (x-cache-source, Server-Timing), when it says. */
  source: string;
  /** The second request, from the page cache. */
  secondMs: number;
};

export type TFreshInstance = { url: string; startMs: number; stop: () => Promise<void> };

export async function measureFirstRequests(pages: TPage[], start: (page: TPage) => Promise<TFreshInstance>): Promise<TFirstRequest[]> {
  const results: TFirstRequest[] = [];
  for (const page of pages) {
    const instance = await start(page);
    try {
      const agent = new Agent({ keepAlive: false });
      const first = await request(`${instance.url}${page.path}`, { headers: { ...LOAD_HEADERS }, agent, timeoutMs: 30_000 });
      const second = await request(`${instance.url}${page.path}`, { headers: { ...LOAD_HEADERS }, agent, timeoutMs: 30_000 });
      const source = [first.headers['x-cache-source'], first.headers['x-cache'], first.headers['server-timing']].filter(Boolean).join(', ');
      results.push({
        page: page.label,
        path: page.path,
        startMs: instance.startMs,
        firstMs: first.ms,
        status: first.status,
        source,
        secondMs: second.ms,
      });
    } finally {
      await instance.stop();
    }
  }
  return results;
}
