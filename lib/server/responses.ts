/**
 * How the Node layer writes a response: a cached page with its validators and cache headers, an
 * uncached one gzip'd for clients that take it, HEAD answered as the GET without its body.
 */
import { LIVE_SCRIPT_HASH } from '../readers/live-script';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { answeredBy, nameResponse, REQUEST_ID_HEADER } from './access-log';
import { DIAGNOSTICS_HEADER } from './diagnostics';
import { acceptsGzip as acceptsGzipHeader } from './http-negotiation';
import type { TCachedPage } from './page-cache';

/**
 * Every change a write makes is purged explicitly (here and at the CDN); the 5-minute lifetime only
 * bounds what time changes by itself (the date in the masthead). Browsers always revalidate (ETag).
 */
export const PAGE_TTL_SECONDS = Number(process.env.PAGE_CACHE_TTL_SECONDS ?? 300);
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PAGE_TTL_SECONDS}, stale-while-revalidate=30, stale-if-error=86400`;

/**
 * `Surrogate-Key` is for a cache in front that purges by key (PURGE_URL: Varnish, a CDN), not for
 * readers: it names stories and authors by id. Sent when such a cache is configured (or
 * SURROGATE_KEYS=1), and to diagnostics (lib/server/diagnostics.ts).
 */
const SEND_SURROGATE_KEYS = Boolean(process.env.PURGE_URL) || process.env.SURROGATE_KEYS === '1';

/** Whether the client may see the server's diagnostics: the request header the server itself set. */
export const diagnosticsFor = (req: IncomingMessage) => req.headers[DIAGNOSTICS_HEADER] === '1';

/** A page's validator: a digest of its bytes. */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/** One validator per representation: the gzip'd bytes and the plain ones are not the same response. */
export function etagFor(etag: string, gzip: boolean): string {
  return gzip ? `${etag.slice(0, -1)}-gz"` : etag;
}

/**
 * A HEAD request for a page or an asset is rendered as a GET and answered without the body: what a
 * render produces goes into the caches for every later reader, so one HEAD (a link checker, a chat
 * app's preview, a monitor) must not store an empty page.
 */
const headRequests = new WeakSet<IncomingMessage>();

export function isHead(req: IncomingMessage): boolean {
  return req.method === 'HEAD' || headRequests.has(req);
}

export function renderHeadAsGet(req: IncomingMessage): void {
  if (req.method !== 'HEAD') return;
  headRequests.add(req);
  req.method = 'GET';
}

export function acceptsGzip(req: IncomingMessage): boolean {
  return acceptsGzipHeader(req.headers['accept-encoding']);
}

type TSource = 'memory' | 'redis' | 'render' | 'single-flight';
type TResponseHeaders = Record<string, string | number>;

/**
 * A cached page's response headers, built once per variant (gzip or not, diagnostics or not, hit or
 * miss, where from) and reused for every reader: the cache-hit path is the one most requests take,
 * and it writes its headers in one `writeHead` instead of a dozen `setHeader` calls.
 */
const responseHeaders = new WeakMap<TCachedPage, Map<string, TResponseHeaders>>();

function headersOf(page: TCachedPage, gzip: boolean, diagnostics: boolean, cacheStatus: 'HIT' | 'MISS', source: TSource): TResponseHeaders {
  const variant = `${gzip ? 'g' : 'p'}${diagnostics ? 'd' : ''}${cacheStatus}${diagnostics ? source : ''}`;
  let variants = responseHeaders.get(page);
  if (!variants) responseHeaders.set(page, (variants = new Map()));
  const kept = variants.get(variant);
  if (kept) return kept;
  const headers: TResponseHeaders = {};
  for (const [name, value] of Object.entries(page.headers))
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  headers['cache-control'] = PUBLIC_CACHE_CONTROL;
  if (SEND_SURROGATE_KEYS || diagnostics) headers['surrogate-key'] = page.keys.join(' ');
  headers.etag = etagFor(page.etag, gzip);
  headers.vary = 'Accept-Encoding';
  headers['x-cache'] = cacheStatus;
  if (diagnostics) headers['x-cache-source'] = source;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = gzip ? (page.gzip as Buffer).length : page.body.length;
  variants.set(variant, headers);
  return headers;
}

/** A page from the caches (or just stored in them), with its validators; 304 when the client has it. */
export function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  page: TCachedPage,
  cacheStatus: 'HIT' | 'MISS',
  source: TSource = cacheStatus === 'HIT' ? 'memory' : 'render',
) {
  answeredBy(res, source);
  const gzip = page.gzip !== null && acceptsGzip(req);
  const kept = headersOf(page, gzip, diagnosticsFor(req), cacheStatus, source);
  // The request's id goes into the one header object written (lib/server/access-log.ts).
  const id = req.headers[REQUEST_ID_HEADER];
  const headers = typeof id === 'string' && !res.hasHeader(REQUEST_ID_HEADER) ? { ...kept, [REQUEST_ID_HEADER]: id } : kept;
  if (req.headers['if-none-match'] === headers.etag) {
    // The same headers, but a 304 has no body to describe.
    const notModified = { ...headers };
    delete notModified['content-length'];
    delete notModified['content-encoding'];
    res.writeHead(304, notModified);
    res.end();
    return;
  }
  res.writeHead(page.status, headers);
  res.end(isHead(req) ? undefined : gzip ? page.gzip : page.body);
}

/** Bytes that are not kept: gzip'd when worth it and asked for. */
export function sendUncached(req: IncomingMessage, res: ServerResponse, html: Buffer) {
  sendBody(req, res, html, html.length >= 1024 && acceptsGzip(req) ? gzipSync(html) : null);
}

/** `body`, or its gzip'd form when there is one and the client takes it; nothing but headers for HEAD. */
export function sendBody(req: IncomingMessage, res: ServerResponse, body: Buffer, gzip: Buffer | null) {
  const zipped = gzip !== null && acceptsGzip(req);
  const bytes = zipped ? gzip : body;
  if (zipped) res.setHeader('content-encoding', 'gzip');
  res.setHeader('vary', 'Accept-Encoding');
  res.setHeader('content-length', bytes.length);
  res.end(isHead(req) ? undefined : bytes);
}

export const RETRY_AFTER_SECONDS = 30;

/** Readers' pages, and the pages the server answers by itself, carry no script at all: the policy allows none. */
export const PUBLIC_PAGE_CSP =
  "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** A running live page: the same, but for its one script, allowed by its hash (lib/readers/live-script.ts). */
export const LIVE_PAGE_CSP = PUBLIC_PAGE_CSP.replace("script-src 'none'", `script-src '${LIVE_SCRIPT_HASH}'`);

/** A French page the server answers by itself (503, 429), never kept anywhere. */
export function sendServicePage(
  req: IncomingMessage,
  res: ServerResponse,
  status: 503 | 429,
  html: string,
  retryAfter = RETRY_AFTER_SECONDS,
) {
  answeredBy(res, 'render');
  if (res.headersSent) return void res.end();
  nameResponse(req, res);
  res.statusCode = status;
  res.setHeader('retry-after', String(retryAfter));
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  // The same policy as every readers' page: no script, not framed, not sniffed.
  res.setHeader('content-security-policy', PUBLIC_PAGE_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  sendUncached(req, res, Buffer.from(html));
}
