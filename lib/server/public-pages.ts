/**
 * Readers' pages, from the request to the bytes: the page cache, one render per address at a time,
 * the shared store (Redis), the render slots and per-client limits, the render itself (lib/readers)
 * under a deadline, and what is kept.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { CLIENT_IP_HEADER } from '../auth/client-ip';
import { collectRenderKeys } from '../cache/keys';
import { logger } from '../log';
import type { ReaderPages, TRendered } from '../readers/render';
import { matchRoute } from '../readers/routes';
import { answeredBy, nameResponse, REQUEST_ID_HEADER } from './access-log';
import { isLoopback } from './client-address';
import { ClientRate, ClientSlots } from './client-limits';
import type { TMetrics } from './metrics';
import { MAX_CACHED_URL_LENGTH, type PageCache, type TCachedPage } from './page-cache';
import { isSearchPage, publicPageUrl } from './public-paths';
import {
  diagnosticsFor,
  etagOf,
  PAGE_TTL_SECONDS,
  LIVE_PAGE_CSP,
  PUBLIC_PAGE_CSP,
  renderHeadAsGet,
  sendPage,
  sendServicePage,
  sendUncached,
} from './responses';
import { SecondRequestAdmission } from './search-admission';
import { COMMON_SECURITY_HEADERS } from './security-headers.mjs';
import { Semaphore } from './semaphore';
import type { SharedPageStore } from './shared-page-store';
import { SingleFlight } from './single-flight';

/** How long a render may take: past it the reader gets the French 503 and the slot is free again. */
const RENDER_TIMEOUT_MS = Math.max(1_000, Number(process.env.RENDER_TIMEOUT_MS ?? 10_000));

/** A page not kept (a 404, a 410, a redirect, a page rendered for a member, a first search): nowhere else either. */
const UNCACHED = 'private, no-cache, no-store, max-age=0, must-revalidate';

/** A signed-in member's request (next-auth's session cookie, whole or in chunks, under any prefix). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?next-auth\.session-token(?:\.\d+)?=/;

/** The reader hung up (or the response is over): nothing more to send them. */
export function readerGone(req: IncomingMessage, res: ServerResponse): boolean {
  return res.destroyed || res.closed || req.socket.destroyed;
}

/** Resolves when the reader hangs up — at once if they already have. */
export function whenGone(req: IncomingMessage, res: ServerResponse): Promise<null> {
  if (readerGone(req, res)) return Promise.resolve(null);
  return new Promise<null>((resolve) => res.once('close', () => resolve(null)));
}

/** Resolves to 'expired' after `ms`, unless cleared first. */
function timeout(ms: number): { expired: Promise<'expired'>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), ms);
    timer.unref();
  });
  return { expired, clear: () => clearTimeout(timer) };
}

/** The headers of every page rendered here; the caches replace Cache-Control with theirs. */
function pageHeaders(readers: ReaderPages, csp = PUBLIC_PAGE_CSP): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'content-type': 'text/html; charset=utf-8',
    link: readers.linkHeader(),
    'content-security-policy': csp,
  };
  for (const { key, value } of COMMON_SECURITY_HEADERS) headers[key.toLowerCase()] = value;
  return headers;
}

export type TPublicPagesOptions = {
  cache: PageCache;
  cacheEnabled: boolean;
  shared: SharedPageStore | null;
  readers: ReaderPages;
  metrics?: TMetrics | null;
};

/** The kind of page an address is (its route's name in lib/readers/routes.ts), for the metrics. */
export function pageKind(url: string): string {
  return matchRoute(url.split('?')[0] ?? '/')?.route.name ?? 'introuvable';
}

export function createPublicPages({ cache, cacheEnabled, shared, readers, metrics = null }: TPublicPagesOptions) {
  const renderConcurrency = Math.max(1, Number(process.env.RENDER_CONCURRENCY ?? 6));
  const renderSlots = new Semaphore(renderConcurrency);
  // Searches render in at most half the slots, so a flood of them leaves the others to every other page;
  // a client renders at most two pages at once (more wait their turn, a few, then 429); a client's
  // searches that are not in the cache are rendered at most SEARCH_RENDERS_PER_MINUTE a minute (after a
  // burst of 20). Clients on this machine are exempt: a reverse proxy there, unless TRUST_PROXY says
  // so, is every reader at once (the server warns of it).
  const searchSlots = new Semaphore(Math.max(1, Math.floor(renderConcurrency / 2)));
  const clientSlots = new ClientSlots(2, 8);
  const searchRate = new ClientRate(20, Math.max(1, Number(process.env.SEARCH_RENDERS_PER_MINUTE ?? 30)) / 60);
  const searchAdmission = new SecondRequestAdmission();
  // Concurrent misses for the same page wait for one render (none started before the last purge).
  const inflight = new SingleFlight<TCachedPage | null>();
  const headers = pageHeaders(readers);
  // A running live page carries its one script: its policy allows that script alone.
  const liveHeaders = pageHeaders(readers, LIVE_PAGE_CSP);

  const unavailable = (req: IncomingMessage, res: ServerResponse) => sendServicePage(req, res, 503, readers.renderStatus('unavailable'));
  const tooMany = (req: IncomingMessage, res: ServerResponse, seconds: number): null => {
    sendServicePage(req, res, 429, readers.renderStatus('too-many'), seconds);
    return null;
  };

  /** Waits for a render slot (within the client's and the searches' limits), then renders. */
  async function render(req: IncomingMessage, res: ServerResponse, url: string): Promise<TCachedPage | null> {
    const client = String(req.headers[CLIENT_IP_HEADER] ?? '');
    const limited = !isLoopback(client);
    const search = isSearchPage(url);
    if (limited && search) {
      const wait = searchRate.take(client);
      if (wait > 0) return tooMany(req, res, wait);
    }
    const releaseClient = limited ? await clientSlots.acquire(client) : () => {};
    if (!releaseClient) return tooMany(req, res, 2);
    const releaseSearch = search ? await searchSlots.acquire() : () => {};
    try {
      // A few renders at a time: beyond that they only share one core more thinly and each holds its
      // own React tree and query results in memory. A reader who leaves meanwhile costs nothing.
      const release = await renderSlots.acquire();
      try {
        if (readerGone(req, res)) return null;
        return await renderNow(req, res, url);
      } finally {
        release();
      }
    } finally {
      releaseSearch();
      releaseClient();
    }
  }

  /** `url`: the page's cache key. */
  async function renderNow(req: IncomingMessage, res: ServerResponse, url: string): Promise<TCachedPage | null> {
    // Read before the render reads anything: a purge after this point keeps the page out of the caches.
    const generation = cache.generation;
    // Nothing here may wait for a reader who hung up (nor may the readers waiting on this render).
    const hungUp = whenGone(req, res);
    const epoch = shared ? await Promise.race([shared.epoch(), hungUp]) : null;
    if (readerGone(req, res)) return null;
    const deadline = timeout(RENDER_TIMEOUT_MS);
    const started = performance.now();
    const reqId = req.headers[REQUEST_ID_HEADER];
    const rendering = collectRenderKeys(() => readers.render(url, epoch)).catch((error: unknown) => {
      logger().error({ event: 'render', reqId, path: url.split('?')[0]?.slice(0, 200), err: error }, 'Erreur de rendu');
      return 'failed' as const;
    });
    const outcome = await Promise.race([rendering, hungUp, deadline.expired]);
    deadline.clear();
    const seconds = (performance.now() - started) / 1000;
    if (outcome !== null) metrics?.render(pageKind(url), outcome === 'expired' || outcome === 'failed' ? outcome : 'ok', seconds);
    if (outcome === null || readerGone(req, res)) return null;
    if (outcome === 'expired') {
      logger().error({ event: 'render', reqId, path: url.split('?')[0]?.slice(0, 200) }, `Rendu abandonné après ${RENDER_TIMEOUT_MS} ms`);
      unavailable(req, res);
      return null;
    }
    // The database is away, most likely: a French page that needs nothing, and when to come back.
    if (outcome === 'failed') return (void unavailable(req, res), null);
    if (diagnosticsFor(req)) res.setHeader('server-timing', `render;desc="react";dur=${(performance.now() - started).toFixed(1)}`);
    return keep(req, res, url, outcome.result, outcome.keys, generation, epoch);
  }

  /** Sends a rendered page and keeps it in the caches when it may be kept; returns it if kept. */
  function keep(
    req: IncomingMessage,
    res: ServerResponse,
    url: string,
    rendered: TRendered,
    keys: Set<string>,
    generation: number,
    epoch: string | null,
  ): TCachedPage | null {
    if (cacheEnabled) res.setHeader('x-cache', 'MISS');
    answeredBy(res, 'render');
    nameResponse(req, res);
    if ('location' in rendered) {
      res.statusCode = 301;
      res.setHeader('location', rendered.location);
      res.setHeader('cache-control', UNCACHED);
      return (void res.end(), null);
    }
    const body = Buffer.from(rendered.html);
    const pageHeadersOf = rendered.script === 'live' ? liveHeaders : headers;
    const cacheable =
      cacheEnabled &&
      rendered.status === 200 &&
      url.length <= MAX_CACHED_URL_LENGTH &&
      keys.size > 0 &&
      // Rendered for a signed-in member: whatever it shows, it is not kept for readers.
      !SESSION_COOKIE.test(String(req.headers.cookie ?? '')) &&
      // A search is kept from its second request on (lib/server/search-admission.ts).
      (!isSearchPage(url) || searchAdmission.admit(url));
    if (!cacheable) {
      res.statusCode = rendered.status;
      for (const [name, value] of Object.entries(pageHeadersOf)) if (value !== undefined) res.setHeader(name, value);
      res.setHeader('cache-control', UNCACHED);
      sendUncached(req, res, body);
      return null;
    }
    const page: TCachedPage = {
      status: 200,
      headers: pageHeadersOf,
      body,
      gzip: body.length >= 1024 ? gzipSync(body, { level: 6 }) : null,
      etag: etagOf(body),
      keys: [...keys].sort(),
      storedAt: Date.now(),
    };
    cache.set(url, page, generation);
    if (shared) void shared.store(url, page, epoch);
    sendPage(req, res, page, 'MISS');
    return page;
  }

  /** A page another instance rendered (Redis) is as good as one of ours; otherwise, render it. */
  async function fromSharedOrRender(req: IncomingMessage, res: ServerResponse, url: string): Promise<TCachedPage | null> {
    const generation = cache.generation;
    const page = await shared?.get(url);
    // A page another instance of another version rendered (a rolling deploy) names a stylesheet this
    // one does not serve: rendered again here instead.
    const usable = page && Date.now() - page.storedAt <= PAGE_TTL_SECONDS * 1000 && page.headers.link === headers.link;
    if (shared) metrics?.cacheLookup('redis', Boolean(usable));
    if (page && usable) {
      cache.set(url, page, generation);
      sendPage(req, res, page, 'HIT', 'redis');
      return page;
    }
    return render(req, res, url);
  }

  return {
    /**
     * The page kept under the request's address exactly as it came (a GET or HEAD without a body),
     * sent at once — no promise, no await; false when there is none and the request goes the whole way.
     * A kept address is a readers' page's that passed the early checks and is its own `publicPageUrl`.
     */
    serveKept(req: IncomingMessage, res: ServerResponse): boolean {
      const page = cacheEnabled ? cache.get(req.url ?? '') : undefined;
      if (!page) return false;
      metrics?.cacheLookup('memory', true);
      renderHeadAsGet(req);
      sendPage(req, res, page, 'HIT');
      return true;
    },

    async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
      // Rendered and cached under the parameters the page reads, nothing else (no tracking tag).
      const url = publicPageUrl(req.url ?? '/');
      req.url = url;
      if (!cacheEnabled) return void (await render(req, res, url));
      const hit = cache.get(url);
      metrics?.cacheLookup('memory', hit !== undefined);
      if (hit) return sendPage(req, res, hit, 'HIT');
      const generation = cache.generation;
      const running = inflight.current(url, generation);
      if (running) {
        const page = await running;
        if (page) return sendPage(req, res, page, 'HIT', 'single-flight');
      }
      const rendering = shared ? fromSharedOrRender(req, res, url) : render(req, res, url);
      if (!running) inflight.start(url, generation, rendering);
      await rendering;
    },
    unavailable,
  };
}
