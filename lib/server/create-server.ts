/**
 * Dakarinfo's HTTP server: Next.js behind a thin Node layer that sees every public page whole.
 *   - Public pages are served from an in-memory page cache (lib/server/page-cache.ts), stored under
 *     the surrogate keys of what they show and purged exactly when a write changes one of them
 *     (lib/server/invalidation-bus.ts): static-file speed, fresh the moment a change commits.
 *   - Cache headers for a CDN: `Cache-Control` with s-maxage and stale-while-revalidate, `Surrogate-Key`.
 *   - A story's old slug answers 301 (Next's permanentRedirect sends 308); a page that calls notFound()
 *     gets the French 404 page rendered on the server (Next otherwise sends an empty shell that only
 *     JavaScript fills in — next.js issue 62228); a public page that fails answers 503 + Retry-After.
 *   - The client address used by sign-in throttling, the scheduler of programmed stories, and a
 *     drain of in-flight requests on SIGTERM.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { parse } from 'node:url';
import { Redis } from 'ioredis';
import next from 'next';
import pg from 'pg';
import { CLIENT_IP_HEADER } from '../auth/client-ip';
import { clientAddress, isLoopback, once, parseTrustProxy } from './client-address';
import { readWritePosition, replicaUrls } from '../read-replicas';
import { INTERNAL_SECRET_HEADER } from '../auth/internal-secret';
import { collectRenderKeys, startCollectingRenderKeys } from '../cache/keys';
import { closeIfBodyLingers, limitRequestBody } from './body-limit';
import { captureResponse, muteResponse } from './buffered-response';
import { ClientRate, ClientSlots } from './client-limits';
import { DIAGNOSTICS_HEADER, diagnosticsAllowed } from './diagnostics';
import { createBoundedServer, httpLimitsFromEnv } from './http-server';
import { SecondRequestAdmission } from './search-admission';
import { REDIS_PREFIX, startInvalidationBus } from './invalidation-bus';
import { MAX_CACHED_URL_LENGTH, PageCache, type TCachedPage } from './page-cache';
import { PUBLIC_PAGE_CSP, stripClientScripts } from './lean-html';
import { ArticleDocumentRenderer } from '../render/article-document';
import { COMMON_SECURITY_HEADERS } from './security-headers.mjs';
import { acceptsGzip as acceptsGzipHeader, decodeUnreserved, queryOf, resolveDotSegments } from './http-negotiation';
import { IMAGE_MAX_BYTES } from '../media/sizes';
import { isPublicPage, isPublicPath, publicPageUrl } from './public-paths';
import { Semaphore } from './semaphore';
import { SharedPageStore } from './shared-page-store';
import { RETRY_AFTER_SECONDS, TOO_MANY_HTML, UNAVAILABLE_HTML } from './unavailable-page';
import { REQUEST_PATH_HEADER, REQUEST_SEARCH_HEADER } from './request-path';
import { SingleFlight } from './single-flight';

const SCHEDULER_INTERVAL_MS = 10_000;
/**
 * Every change a write makes is purged explicitly (here and at the CDN); the 5-minute lifetime only
 * bounds what time changes by itself (the date in the masthead). Browsers always revalidate (ETag).
 */
const PAGE_TTL_SECONDS = Number(process.env.PAGE_CACHE_TTL_SECONDS ?? 300);
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PAGE_TTL_SECONDS}, stale-while-revalidate=30, stale-if-error=86400`;
const DROPPED_HEADERS = new Set(['set-cookie', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'vary', 'cache-control', 'etag', 'x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time']);

/** Next's build files, as the build names them (hashed, plain characters): the only ones kept in memory. */
const BUILD_FILES = '/_next/static/';
const BUILD_FILE_NAME = /^\/_next\/static\/[A-Za-z0-9._/-]+$/;
/** The build's files take a few megabytes; this only bounds what a flood of odd names could add. */
const STATIC_ASSETS_MAX_BYTES = 32 * 1024 * 1024;

/** Feeds, sitemaps and robots.txt: files for programs, rendered by route handlers (app/rss.xml…). */
const DISTRIBUTION_FILE = /^\/(?:[a-z0-9-]+\/)?[a-z0-9-]+\.xml$|^\/robots\.txt$/;

/** No request body larger than this reaches Next (server actions have their own 1 MB limit)… */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** …but a story's picture, sent to /api/medias, which checks its own limit (lib/media/sizes.ts). */
const MEDIA_UPLOAD_PATH = '/api/medias';
const MEDIA_UPLOAD_MAX_BYTES = IMAGE_MAX_BYTES + 64 * 1024;

const readOnly = (method: string | undefined) => method === 'GET' || method === 'HEAD';

/**
 * How long a render may take (RENDER_TIMEOUT_MS, 10 s): past it the reader gets the French 503 and the
 * render slot is free again, whatever the render is waiting for.
 */
const RENDER_TIMEOUT_MS = Math.max(1_000, Number(process.env.RENDER_TIMEOUT_MS ?? 10_000));

/**
 * `Surrogate-Key` is for a cache in front that purges by key (PURGE_URL: Varnish, a CDN), not for
 * readers: it names stories and authors by id. Sent when such a cache is configured (or
 * SURROGATE_KEYS=1), and to diagnostics (lib/server/diagnostics.ts).
 */
const SEND_SURROGATE_KEYS = Boolean(process.env.PURGE_URL) || process.env.SURROGATE_KEYS === '1';

/** A signed-in member's request (next-auth's session cookie, whole or in chunks, under any prefix). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?next-auth\.session-token(?:\.\d+)?=/;

/** Whether the client may see the server's diagnostics: the request header the server itself set. */
const diagnosticsFor = (req: IncomingMessage) => req.headers[DIAGNOSTICS_HEADER] === '1';

type TEarlyAnswer = { status: number; message?: string; headers?: Record<string, string> };

/**
 * Requests answered before Next sees them: absurd sizes, addresses that are not valid UTF-8, addresses
 * with « . » or « .. » segments, and methods that readers' pages, feeds and build files do not take.
 */
function answerEarly(req: IncomingMessage, pathname: string): TEarlyAnswer | null {
  // Only the origin form (`/path?query`): an absolute target (`GET http://host/admin`) or `*` would
  // be classified by a path it does not have.
  if (!(req.url ?? '').startsWith('/')) return { status: 400, message: 'Adresse invalide.' };
  const length = Number(req.headers['content-length'] ?? 0);
  const limit = bodyLimit(pathname);
  if (length > limit.bytes) return { status: 413, message: limit.message };
  try {
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, message: 'Adresse invalide.' };
  }
  // `/sport/../politique` is `/politique` to Next but not to the checks made here on the raw path
  // (public or private, the rubrique the navigation marks, the cache key): sent to its one spelling.
  const resolved = resolveDotSegments(pathname);
  if (resolved !== null) {
    if (!readOnly(req.method)) return { status: 400, message: 'Adresse invalide.' };
    const query = queryOf(req.url ?? '');
    return { status: 301, headers: { location: query ? `${resolved}?${query}` : resolved } };
  }
  // `/%61dmin` is `/admin` to Next: sent to its one spelling too, so every check sees what Next will.
  const decoded = decodeUnreserved(pathname);
  if (decoded !== null) {
    if (!readOnly(req.method)) return { status: 400, message: 'Adresse invalide.' };
    const query = queryOf(req.url ?? '');
    return { status: 301, headers: { location: query ? `${decoded}?${query}` : decoded } };
  }
  // Read, never posted to: nothing behind them takes a body.
  if (!readOnly(req.method) && (isPublicPath(pathname) || DISTRIBUTION_FILE.test(pathname) || pathname.startsWith(BUILD_FILES))) {
    return { status: 405, message: 'Méthode non autorisée\u00a0: cette adresse se lit (GET) seulement.', headers: { allow: 'GET, HEAD' } };
  }
  return null;
}

/** The largest body a request may send to `pathname`, and what is said past it. */
function bodyLimit(pathname: string): { bytes: number; message: string } {
  if (pathname === MEDIA_UPLOAD_PATH) return { bytes: MEDIA_UPLOAD_MAX_BYTES, message: `Image trop volumineuse\u00a0: ${IMAGE_MAX_BYTES / (1024 * 1024)} Mo au plus.` };
  return { bytes: MAX_BODY_BYTES, message: 'Requête trop volumineuse\u00a0: 2 Mo au plus.' };
}

/** A page's validator: a digest of its bytes. */
function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/** One validator per representation: the gzip'd bytes and the plain ones are not the same response. */
function etagFor(etag: string, gzip: boolean): string {
  return gzip ? `${etag.slice(0, -1)}-gz"` : etag;
}

export type TDakarinfoServer = { server: Server; cache: PageCache; close: (graceMs?: number) => Promise<void> };

/**
 * A HEAD request for a page or an asset is rendered as a GET and answered without the body: what a
 * render produces goes into the caches for every later reader, and Next answers HEAD with no body at
 * all, so one HEAD (a link checker, a chat app's preview, a monitor) would otherwise store an empty page.
 */
const headRequests = new WeakSet<IncomingMessage>();

function isHead(req: IncomingMessage): boolean {
  return req.method === 'HEAD' || headRequests.has(req);
}

function renderHeadAsGet(req: IncomingMessage): void {
  if (req.method !== 'HEAD') return;
  headRequests.add(req);
  req.method = 'GET';
}

function acceptsGzip(req: IncomingMessage): boolean {
  return acceptsGzipHeader(req.headers['accept-encoding']);
}

/** Client-side navigations ask for the React payload, not HTML: those go straight to Next. */
function isRscRequest(req: IncomingMessage, url: string): boolean {
  return req.headers.rsc !== undefined || req.headers['next-router-prefetch'] !== undefined || url.includes('_rsc=');
}

function sendPage(req: IncomingMessage, res: ServerResponse, page: TCachedPage, cacheStatus: 'HIT' | 'MISS', source: 'memory' | 'redis' | 'render' = cacheStatus === 'HIT' ? 'memory' : 'render') {
  for (const [name, value] of Object.entries(page.headers)) if (value !== undefined) res.setHeader(name, value);
  res.setHeader('cache-control', PUBLIC_CACHE_CONTROL);
  const diagnostics = diagnosticsFor(req);
  if (SEND_SURROGATE_KEYS || diagnostics) res.setHeader('surrogate-key', page.keys.join(' '));
  const gzip = page.gzip !== null && acceptsGzip(req);
  const etag = etagFor(page.etag, gzip);
  res.setHeader('etag', etag);
  res.setHeader('vary', 'Accept-Encoding');
  res.setHeader('x-cache', cacheStatus);
  if (diagnostics) res.setHeader('x-cache-source', source);
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const body = gzip ? (page.gzip as Buffer) : page.body;
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.statusCode = page.status;
  res.setHeader('content-length', body.length);
  res.end(isHead(req) ? undefined : body);
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

/** A render past RENDER_TIMEOUT_MS: the reader gets the French 503 now; nothing is kept. */
function renderTimedOut(req: IncomingMessage, res: ServerResponse, url: string): null {
  console.error(`Rendu abandonné après ${RENDER_TIMEOUT_MS} ms\u00a0: ${url.slice(0, 200)}`);
  if (!res.headersSent) {
    res.statusCode = 503;
    res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    sendUncached(req, res, Buffer.from(UNAVAILABLE_HTML));
  } else res.end();
  return null;
}

/** The reader hung up (or the response is over): nothing more to send them. */
function readerGone(req: IncomingMessage, res: ServerResponse): boolean {
  return res.destroyed || res.closed || req.socket.destroyed;
}

/** Resolves when the reader hangs up — at once if they already have. */
function whenGone(req: IncomingMessage, res: ServerResponse): Promise<null> {
  if (readerGone(req, res)) return Promise.resolve(null);
  return new Promise<null>((resolve) => res.once('close', () => resolve(null)));
}

/** A readers' HTML page leaves without Next's client scripts, under a policy that allows none. */
function leanPage(res: ServerResponse, body: Buffer, headers: OutgoingHttpHeaders, dev: boolean): Buffer {
  // In development the page keeps its scripts: hot reloading needs them.
  if (dev || !String(headers['content-type'] ?? '').startsWith('text/html')) return body;
  headers['content-security-policy'] = PUBLIC_PAGE_CSP;
  res.setHeader('content-security-policy', PUBLIC_PAGE_CSP);
  return Buffer.from(stripClientScripts(body.toString('utf8')));
}

function sendUncached(req: IncomingMessage, res: ServerResponse, html: Buffer) {
  const gzip = html.length >= 1024 && acceptsGzip(req);
  const payload = gzip ? gzipSync(html) : html;
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.setHeader('vary', 'Accept-Encoding');
  res.setHeader('content-length', payload.length);
  res.end(isHead(req) ? undefined : payload);
}

export async function createDakarinfoServer(options: { dev: boolean; dir: string; port: number; hostname?: string }): Promise<TDakarinfoServer> {
  const internalSecret = randomBytes(24).toString('base64url');
  process.env.DAKARINFO_INTERNAL_SECRET = internalSecret;
  const cache = new PageCache(Number(process.env.PAGE_CACHE_MB ?? 64) * 1024 * 1024, PAGE_TTL_SECONDS * 1000);
  const cacheEnabled = !options.dev && process.env.PAGE_CACHE !== 'off';
  // With REDIS_URL, pages rendered by any instance are also kept in Redis for all of them.
  const sharedRedis = cacheEnabled && process.env.REDIS_URL ? new Redis(process.env.REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1_000 }) : null;
  sharedRedis?.on('error', () => {}); // reported by the invalidation bus's own connections
  await sharedRedis?.connect().catch(() => {});
  const shared = sharedRedis ? new SharedPageStore(sharedRedis, PAGE_TTL_SECONDS * 1000, `${REDIS_PREFIX}cache:`) : null;
  // Read replicas (DATABASE_REPLICA_URLS): every purge first notes where the change sits in the
  // primary's WAL, so that no page is rendered again from a replica that has not replayed it.
  const primaryPosition = replicaUrls().length > 0 && process.env.DATABASE_URL ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, connectionTimeoutMillis: 2_000 }) : null;
  primaryPosition?.on('error', () => {});
  if (shared && primaryPosition) shared.trackWrites = true;
  const writePosition = primaryPosition ? () => readWritePosition(primaryPosition) : undefined;
  const bus = await startInvalidationBus(cache, { redisUrl: process.env.REDIS_URL, purgeUrl: process.env.PURGE_URL, shared, writePosition });
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
  const app = next({ dev: options.dev, dir: options.dir, port: options.port, hostname: options.hostname ?? 'localhost' });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Published stories rendered without Next (lib/render/article-document.tsx); development keeps Next's
  // pages (hot reloading), PUBLIC_RENDERER=next keeps them everywhere.
  const articles = !options.dev && process.env.PUBLIC_RENDERER !== 'next' ? new ArticleDocumentRenderer(() => cache.generation) : null;

  /** Renders through Next into memory; returns a cacheable page, or sends the response and returns null. */
  async function render(req: IncomingMessage, res: ServerResponse, url: string): Promise<TCachedPage | null> {
    const client = String(req.headers[CLIENT_IP_HEADER] ?? '');
    const limited = !isLoopback(client);
    const search = url.startsWith('/recherche');
    if (limited && search) {
      const wait = searchRate.take(client);
      if (wait > 0) return tooMany(res, wait);
    }
    const releaseClient = limited ? await clientSlots.acquire(client) : () => {};
    if (!releaseClient) return tooMany(res, 2);
    const releaseSearch = search ? await searchSlots.acquire() : () => {};
    try {
      // A few renders at a time: beyond that they only share one core more thinly and each holds its
      // own React tree and query results in memory. The others wait their turn (a reader who leaves
      // meanwhile costs nothing).
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

  function tooMany(res: ServerResponse, seconds: number): null {
    res.statusCode = 429;
    res.setHeader('retry-after', String(seconds));
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(TOO_MANY_HTML);
    return null;
  }

  /** `url`: the page's cache key, taken before Next sees the request (Next rewrites `req.url`). */
  async function renderNow(req: IncomingMessage, res: ServerResponse, url: string): Promise<TCachedPage | null> {
    // Read before the render reads anything: a purge after this point keeps the page out of the caches.
    const generation = cache.generation;
    // A reader who hangs up mid-render closes the socket; Next may then never finish writing, so
    // nothing here may wait for it forever (nor may the readers waiting on this render). Watched
    // before anything is awaited: a reader gone by then must not start a render at all.
    const hungUp = whenGone(req, res);
    const epoch = shared ? await Promise.race([shared.epoch(), hungUp]) : null;
    if (readerGone(req, res)) return null;
    const deadline = timeout(RENDER_TIMEOUT_MS);
    const timing = (renderer: string, since: number) => {
      if (diagnosticsFor(req)) res.setHeader('server-timing', `render;desc="${renderer}";dur=${(performance.now() - since).toFixed(1)}`);
    };
    let started = performance.now();
    const direct = await Promise.race([renderDirect(url, epoch), hungUp, deadline.expired]);
    if (readerGone(req, res)) return null;
    if (direct === 'expired') return renderTimedOut(req, res, url);
    if (direct === 'failed') {
      // The database is away, most likely: Next would fail the same way (and make readers wait twice).
      return keep(req, res, url, { status: 503, headers: {}, keys: new Set(), body: Buffer.alloc(0) }, generation, epoch);
    }
    if (direct) {
      deadline.clear();
      timing('react', started);
      // What Next would have set on the response itself.
      for (const [name, value] of Object.entries(direct.headers)) if (value !== undefined) res.setHeader(name, value);
      return keep(req, res, url, { status: 200, ...direct }, generation, epoch);
    }
    started = performance.now();
    const captured = captureResponse(res);
    // The render is over when its last byte is written, not when Next's handler settles: a route
    // handler's waits for a 'finish' event that a captured response never emits, and would hold the
    // slot until the reader hung up (six such requests stopped every uncached page).
    const handler = startCollectingRenderKeys(() => handle(req, res));
    // A handler that fails before writing its page fails the render at once (answered 503 by the caller).
    const failed = handler.done.then(() => new Promise<never>(() => {}));
    const rendered = await Promise.race([captured.done.then((page) => ({ keys: handler.keys, ...page })), hungUp, deadline.expired, failed]);
    deadline.clear();
    if (rendered === 'expired') {
      captured.release();
      renderTimedOut(req, res, url);
      muteResponse(res);
      return null;
    }
    if (!rendered) {
      captured.release();
      return null;
    }
    timing('next', started);
    const { keys, status, headers } = rendered;
    if (status === 200 && articles && !articles.ready && String(headers['content-type'] ?? '').startsWith('text/html')) articles.learnFrom(rendered.body.toString('utf8'));
    if (status === 404 && rendered.body.includes('id="__next_error__"')) {
      res.removeHeader('content-length');
      const notFound = captureResponse(res);
      // Next's own not-found route, through the request handler (app.render404 is deprecated).
      await handle(req, res, { ...parse(req.url ?? '/', true), pathname: '/_not-found' });
      const page = await notFound.done;
      sendUncached(req, res, leanPage(res, page.body, page.headers, options.dev));
      return null;
    }
    return keep(req, res, url, { status, headers, keys, body: leanPage(res, rendered.body, headers, options.dev) }, generation, epoch);
  }

  /**
   * A story rendered without Next (lib/render/article-document.tsx), with the headers Next would have
   * sent with it; null when Next must answer (not a published story at its address); 'failed' when the
   * render failed (the database away): answered 503 like a failed render of Next's.
   */
  async function renderDirect(url: string, epoch: string | null): Promise<{ headers: OutgoingHttpHeaders; keys: Set<string>; body: Buffer } | 'failed' | null> {
    if (!articles?.ready) return null;
    try {
      const { result, keys } = await collectRenderKeys(() => articles.render(url, epoch));
      if (result === null) return null;
      // Next's headers for a page rendered per request; the caches replace its Cache-Control with theirs.
      const headers: OutgoingHttpHeaders = { 'content-type': 'text/html; charset=utf-8', link: articles.linkHeader(), 'content-security-policy': PUBLIC_PAGE_CSP, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' };
      for (const { key, value } of COMMON_SECURITY_HEADERS) headers[key.toLowerCase()] = value;
      return { headers, keys, body: Buffer.from(result) };
    } catch (error) {
      console.error('Erreur de rendu', error);
      return 'failed';
    }
  }

  /** Sends a rendered page and keeps it in the caches when it may be kept; returns it if kept. */
  function keep(req: IncomingMessage, res: ServerResponse, url: string, rendered: { status: number; headers: OutgoingHttpHeaders; keys: Set<string>; body: Buffer }, generation: number, epoch: string | null): TCachedPage | null {
    const { status, headers, keys, body } = rendered;
    const cacheable =
      cacheEnabled &&
      status === 200 &&
      body.length > 0 &&
      url.length <= MAX_CACHED_URL_LENGTH &&
      !headers['set-cookie'] &&
      keys.size > 0 &&
      String(headers['content-type'] ?? '').startsWith('text/html') &&
      // Rendered for a signed-in member: whatever it shows, it is not kept for readers.
      !SESSION_COOKIE.test(String(req.headers.cookie ?? '')) &&
      // A search is kept from its second request on (lib/server/search-admission.ts).
      (!url.startsWith('/recherche') || searchAdmission.admit(url));
    if (!cacheable) {
      if (cacheEnabled) res.setHeader('x-cache', 'MISS');
      if (status === 308) res.statusCode = 301;
      let html = body;
      if (status >= 500) {
        // The database is away, most likely: a French page that needs nothing, and when to come back.
        res.statusCode = 503;
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        html = Buffer.from(UNAVAILABLE_HTML);
      }
      sendUncached(req, res, html);
      return null;
    }
    const kept: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (!DROPPED_HEADERS.has(name.toLowerCase())) kept[name] = value;
    const page: TCachedPage = {
      status,
      headers: kept,
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

  // Next's build assets never change under a given URL (hashed names): gzip each once, keep it.
  const staticAssets = new Map<string, { headers: OutgoingHttpHeaders; body: Buffer; gzip: Buffer | null }>();
  let staticAssetBytes = 0;

  /**
   * A feed or a sitemap, as its route handler wrote it, then gzip'd for clients that take it, with an
   * ETag per representation so a feed reader polling every few minutes gets a 304 while nothing changed.
   * Not kept here: the handler's Cache-Control lets a CDN keep it a minute.
   */
  async function serveDistributionFile(req: IncomingMessage, res: ServerResponse) {
    const captured = captureResponse(res);
    const hungUp = whenGone(req, res);
    handle(req, res).catch(() => {});
    const done = await Promise.race([captured.done, hungUp]);
    if (!done) return captured.release();
    res.removeHeader('content-length');
    res.removeHeader('transfer-encoding');
    let body = done.body;
    if (done.status === 200) {
      const gzip = body.length >= 1024 && acceptsGzip(req);
      const etag = etagFor(etagOf(body), gzip);
      res.setHeader('etag', etag);
      res.setHeader('vary', 'Accept-Encoding');
      if (req.headers['if-none-match'] === etag) {
        res.statusCode = 304;
        return void res.end();
      }
      if (gzip) {
        body = gzipSync(body);
        res.setHeader('content-encoding', 'gzip');
      }
    }
    res.statusCode = done.status;
    res.setHeader('content-length', body.length);
    res.end(isHead(req) ? undefined : body);
  }

  async function serveStaticAsset(req: IncomingMessage, res: ServerResponse) {
    const url = req.url ?? '/';
    let asset = staticAssets.get(url);
    if (!asset) {
      const captured = captureResponse(res);
      const hungUp = whenGone(req, res);
      // Next streams the file into the response and may wait for a 'finish' that the capture never
      // emits: wait for the captured end, not for the handler.
      handle(req, res).catch(() => {});
      const done = await Promise.race([captured.done, hungUp]);
      if (!done) return captured.release();
      if (done.status !== 200) {
        res.statusCode = done.status;
        res.setHeader('content-length', done.body.length);
        return void res.end(isHead(req) ? undefined : done.body);
      }
      const compressible = /javascript|css|json|svg|text/.test(String(done.headers['content-type'] ?? ''));
      asset = { headers: done.headers, body: done.body, gzip: compressible && done.body.length >= 1024 ? gzipSync(done.body, { level: 9 }) : null };
      // Kept under the name the build wrote, once: a query string or a percent-encoded spelling of the
      // same file is someone else's invention (one copy per variant otherwise), and the whole is bounded.
      const size = asset.body.length + (asset.gzip?.length ?? 0);
      if (BUILD_FILE_NAME.test(url) && staticAssetBytes + size <= STATIC_ASSETS_MAX_BYTES) {
        staticAssets.set(url, asset);
        staticAssetBytes += size;
      }
    }
    for (const [name, value] of Object.entries(asset.headers)) if (value !== undefined && !['content-length', 'content-encoding', 'date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) res.setHeader(name, value);
    res.setHeader('vary', 'Accept-Encoding');
    const gzip = asset.gzip && acceptsGzip(req);
    const body = gzip ? (asset.gzip as Buffer) : asset.body;
    if (gzip) res.setHeader('content-encoding', 'gzip');
    res.statusCode = 200;
    res.setHeader('content-length', body.length);
    res.end(isHead(req) ? undefined : body);
  }

  /** A page another instance rendered (Redis) is as good as one of ours; otherwise, render it. */
  async function fromSharedOrRender(req: IncomingMessage, res: ServerResponse, url: string): Promise<TCachedPage | null> {
    const generation = cache.generation;
    const page = await shared?.get(url);
    if (page && Date.now() - page.storedAt <= PAGE_TTL_SECONDS * 1000) {
      cache.set(url, page, generation);
      sendPage(req, res, page, 'HIT', 'redis');
      return page;
    }
    return render(req, res, url);
  }

  // Concurrent misses for the same page wait for one render (none started before the last purge).
  const inflight = new SingleFlight<TCachedPage | null>();

  async function servePublicPage(req: IncomingMessage, res: ServerResponse) {
    // Readers' pages have no client navigation: only the newsroom's links ask for this. Still a render,
    // so it waits its turn among the others.
    if (isRscRequest(req, req.url ?? '/')) {
      const release = await renderSlots.acquire();
      try {
        // Also released when the reader hangs up: Next may then never settle (see renderNow).
        await Promise.race([handle(req, res), whenGone(req, res)]);
        return;
      } finally {
        release();
      }
    }
    // Rendered and cached under the parameters the page reads, nothing else (no tracking tag).
    const url = publicPageUrl(req.url ?? '/');
    req.url = url;
    if (!cacheEnabled) return void (await render(req, res, url));
    const hit = cache.get(url);
    if (hit) return sendPage(req, res, hit, 'HIT');
    const generation = cache.generation;
    const running = inflight.current(url, generation);
    if (running) {
      const page = await running;
      if (page) return sendPage(req, res, page, 'HIT');
    }
    const rendering = shared ? fromSharedOrRender(req, res, url) : render(req, res, url);
    if (!running) inflight.start(url, generation, rendering);
    await rendering;
  }

  const trustedProxies = parseTrustProxy(process.env.TRUST_PROXY);
  const warnProxy = once((message) => console.warn(message));
  // HTTPS in production (the public address says so): browsers must never come back over plain HTTP.
  const hsts = !options.dev && /^https:/.test(process.env.SITE_URL || process.env.NEXTAUTH_URL || '');
  const server = createBoundedServer(httpLimitsFromEnv(), (req, res) => {
    // The client address for sign-in throttling, the audit log and per-client limits (lib/server/client-address.ts).
    const client = clientAddress(req, trustedProxies, warnProxy);
    req.headers[CLIENT_IP_HEADER] = client;
    if (diagnosticsAllowed(client, req.headers.authorization)) req.headers[DIAGNOSTICS_HEADER] = '1';
    else delete req.headers[DIAGNOSTICS_HEADER];
    if (hsts) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    req.headers[REQUEST_PATH_HEADER] = pathname;
    if (pathname === '/recherche') {
      // What the page itself will read: the address as it is cached (words cut at 200 characters).
      req.headers[REQUEST_SEARCH_HEADER] = encodeURIComponent(new URLSearchParams(queryOf(publicPageUrl(req.url ?? ''))).get('q') ?? '');
    } else delete req.headers[REQUEST_SEARCH_HEADER];
    const early = answerEarly(req, pathname);
    // A body's bytes are counted as they arrive: Content-Length says nothing of a chunked one.
    if (!early && (req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined)) {
      const limit = bodyLimit(pathname);
      limitRequestBody(req, res, limit.bytes, limit.message);
    }
    if (early) {
      res.statusCode = early.status;
      for (const [name, value] of Object.entries(early.headers ?? {})) res.setHeader(name, value);
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      // A body too large is read and thrown away after the answer, for a moment only.
      if (early.status === 413) closeIfBodyLingers(req, res);
      res.end(early.message);
      return;
    }
    // Classified as Next will route it: decoded (answerEarly made sure it decodes).
    const publicPage = isPublicPage(req.method, decodeURIComponent(pathname));
    const staticAsset = !publicPage && !options.dev && readOnly(req.method) && pathname.startsWith(BUILD_FILES);
    const distribution = !publicPage && !staticAsset && readOnly(req.method) && DISTRIBUTION_FILE.test(pathname);
    if (publicPage || staticAsset || distribution) renderHeadAsGet(req);
    const work = publicPage ? servePublicPage(req, res) : staticAsset ? serveStaticAsset(req, res) : distribution ? serveDistributionFile(req, res) : handle(req, res);
    work.catch((error: unknown) => {
      console.error('Erreur de rendu', error);
      if (!res.headersSent) {
        res.statusCode = 503;
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
      }
      res.end(UNAVAILABLE_HTML);
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port, options.hostname, resolve));

  // Next loads a route's code on its first render (a few hundred milliseconds): pay that now, not
  // when the first reader — or the first page after a purge — arrives. Addresses that match no story
  // load the routes' code without rendering or caching anything (404s are never cached).
  // In the background (signals must be handled from now on), and readiness says 503 meanwhile, so a
  // load balancer sends readers only to a warm instance.
  if (!options.dev) {
    const state = globalThis as { __dakarinfoWarming?: boolean };
    state.__dakarinfoWarming = true;
    void (async () => {
      for (const path of ['/', '/echauffement-du-serveur', '/echauffement-du-serveur/echauffement', '/auteurs/echauffement-du-serveur', '/recherche?q=echauffement']) {
        await fetch(`http://127.0.0.1:${options.port}${path}`, { signal: AbortSignal.timeout(10_000) })
          .then((response) => response.arrayBuffer())
          .catch(() => {});
      }
    })().finally(() => {
      state.__dakarinfoWarming = false;
    });
  }

  // Scheduled stories: every instance asks its own app to publish what is due (idempotent across instances).
  const runScheduler = () =>
    fetch(`http://127.0.0.1:${options.port}/api/internal/publier-programmes`, { method: 'POST', headers: { [INTERNAL_SECRET_HEADER]: internalSecret } }).catch(() => {});
  const scheduler = setInterval(runScheduler, SCHEDULER_INTERVAL_MS);
  scheduler.unref();
  void runScheduler();

  return {
    server,
    cache,
    close: (graceMs = 0) =>
      new Promise<void>((resolve) => {
        // Readiness answers 503 from now on, so a load balancer stops sending traffic here; during the
        // grace period requests already on their way are still served, then the server stops accepting.
        (globalThis as { __dakarinfoStopping?: boolean }).__dakarinfoStopping = true;
        clearInterval(scheduler);
        setTimeout(() => {
        // Stop accepting, let in-flight requests finish, then drop idle keep-alive sockets.
          server.close(() => {
            const { dakarinfoDb: appDb, dakarinfoReplicaDbs: replicaDbs = [] } = globalThis as { dakarinfoDb?: { $disconnect(): Promise<void> }; dakarinfoReplicaDbs?: Array<{ $disconnect(): Promise<void> }> };
            shared?.close();
            void Promise.all([bus.close(), sharedRedis?.quit().catch(() => {}), appDb?.$disconnect().catch(() => {}), ...replicaDbs.map((replica) => replica?.$disconnect().catch(() => {})), primaryPosition?.end().catch(() => {})]).then(() => resolve());
          });
          server.closeIdleConnections();
        }, graceMs);
      }),
  };
}
