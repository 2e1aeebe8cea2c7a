/**
 * Before the measurements: every page warmed and checked on every instance (the bytes instance 1 sent
 * kept for the baseline), the caches checked to answer HIT, and the abort probe — a reader who leaves
 * while their page renders must harm no later reader of that page.
 */
import { Agent, get as httpGet } from 'node:http';
import type { TBaselinePage } from './baseline';
import type { TInstances } from './instances';
import { LOAD_HEADERS } from './load';
import type { TPage } from './results';
import { SEARCH_WORD } from './settings';
import { note, request, sleep } from './util';

/**
 * A page no one asked for yet, that takes a real render: a page of the broad search. (A parameter the
 * page does not read would not do: the app renders and caches a page under the parameters it reads.)
 */
let freshPages = 0;
const freshPage = () => `/recherche?q=${encodeURIComponent(SEARCH_WORD)}&page=${2 + ((process.pid + (freshPages += 1)) % 40)}`;

/**
 * A reader who hangs up while their page renders. Requests a fresh page and hangs up after `delay` ms
 * (three tries, 5, 15 and 40 ms, each on a page of its own, to land during the render); then asks for the
 * same URL again (5 s timeout) and for another page. Says what happened.
 */
async function abortedRenderProbe(baseUrl: string): Promise<string> {
  const outcomes: string[] = [];
  for (const delay of [5, 15, 40]) {
    const url = `${baseUrl}${freshPage()}`;
    await new Promise<void>((resolve) => {
      const req = httpGet(url, { agent: false, headers: { ...LOAD_HEADERS } }, (res) => res.resume());
      req.on('error', () => resolve());
      setTimeout(() => {
        req.destroy();
        resolve();
      }, delay);
    });
    await sleep(1_500);
    const started = Date.now();
    try {
      const again = await request(url, { timeoutMs: 5_000, agent: new Agent({ keepAlive: false }), headers: { ...LOAD_HEADERS } });
      outcomes.push(
        again.status === 200
          ? `hung up after ${delay} ms, the URL then answered 200 in ${Date.now() - started} ms`
          : `hung up after ${delay} ms, the URL then answered HTTP ${again.status}`,
      );
    } catch {
      const other = await request(`${baseUrl}${freshPage()}`, { timeoutMs: 5_000, agent: new Agent({ keepAlive: false }) }).then(
        (r) => `HTTP ${r.status}`,
        () => 'no answer either',
      );
      return `WEDGED: a client hung up ${delay} ms into the render of a URL; that URL then no longer answered (nothing within 5 s) while another URL did (${other})`;
    }
  }
  return `ok: ${outcomes.join('; ')}`;
}

/** Requests `url` until it comes from cache (`header` says HIT), for at most `timeoutMs`. */
export async function ensureHit(url: string, header: 'x-cache' | 'x-varnish-cache', timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await request(url, { headers: { ...LOAD_HEADERS }, timeoutMs: 30_000 }).catch(() => null);
    if (res?.status === 200 && res.headers[header] === 'HIT') return true;
    await sleep(50);
  }
  return false;
}

/** Every page answers 200 on every instance; the bytes instance 1 sent for each, for the baseline; notes. */
export async function warmPages(
  instances: TInstances,
  pages: TPage[],
  renderPages: TPage[],
): Promise<{ baselinePages: TBaselinePage[]; notes: string[] }> {
  const { app1, uncached, uncached1k, varnishUrl } = instances;
  const baselinePages: TBaselinePage[] = [];
  const notes: string[] = [];
  for (const page of renderPages) {
    for (const instance of [uncached, uncached1k]) {
      const res = await request(`${instance.url}${page.path}`, { headers: { ...LOAD_HEADERS } });
      if (res.status !== 200) throw new Error(`${instance.name} ${page.path}: HTTP ${res.status}`);
    }
  }
  for (const page of pages) {
    await request(`${app1.url}${page.path}`, { headers: { ...LOAD_HEADERS } });
    // A search is kept from its second request on (lib/server/search-admission.ts): a HIT from its third.
    if (page.path.startsWith('/recherche')) await request(`${app1.url}${page.path}`, { headers: { ...LOAD_HEADERS } });
    const cached = await request(`${app1.url}${page.path}`, { headers: { ...LOAD_HEADERS } });
    if (cached.status !== 200) throw new Error(`${page.path}: HTTP ${cached.status}`);
    if (cached.headers['x-cache'] !== 'HIT')
      notes.push(
        `${page.label}: the request to instance 1 after it was kept was not a page-cache HIT (x-cache: ${String(cached.headers['x-cache'])}).`,
      );
    baselinePages.push({
      path: page.path,
      contentType: String(cached.headers['content-type']),
      contentEncoding: cached.headers['content-encoding'] ? String(cached.headers['content-encoding']) : null,
      body: cached.body,
    });
    if (varnishUrl) {
      await request(`${varnishUrl}${page.path}`, { headers: { ...LOAD_HEADERS } });
      const v = await request(`${varnishUrl}${page.path}`, { headers: { ...LOAD_HEADERS } });
      if (v.headers['x-varnish-cache'] !== 'HIT')
        notes.push(`${page.label}: the second request through Varnish was not a HIT (${String(v.headers['x-varnish-cache'])}).`);
    }
    note(
      `${page.label.padEnd(8)} ${page.path}  ${cached.body.length} bytes ${cached.headers['content-encoding'] ?? ''}, surrogate-key: ${String(cached.headers['surrogate-key'] ?? '').split(' ').length} keys`,
    );
  }
  return { baselinePages, notes };
}

/** The abort probe on instance 1 and on the instance without a page cache; notes for what went wrong. */
export async function abortProbes(instances: TInstances): Promise<string[]> {
  const notes: string[] = [];
  for (const [label, instance] of [
    ['instance 1 (page cache)', instances.app1],
    ['PAGE_CACHE=off instance', instances.uncached],
  ] as const) {
    const probe = await abortedRenderProbe(instance.url);
    note(`${label}: ${probe}`);
    if (!probe.startsWith('ok')) {
      notes.push(
        `**Abort probe, ${label}**: ${probe}. A reader who leaves mid-render makes the page unavailable on that instance for every later reader.`,
      );
    }
  }
  return notes;
}
