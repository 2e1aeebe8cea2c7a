/**
 * One line per request, and its count in the metrics: the request id (taken from a well-formed
 * `X-Request-Id` a proxy in front set, else made here; carried on to Next in the request's headers and
 * returned in the response's), method, path, status, bytes sent, duration, and which layer answered —
 * the page cache (`memory`), the shared store (`redis`), a render (`render`), the site's files
 * (`asset`, `build`, `feed`), an early answer, the metrics, or Next (`next`). `via: "varnish"` when the
 * request came through Varnish (its `X-Varnish` header): a Varnish miss or pass, since a hit never
 * reaches the app. Query strings are never logged but a readers' page's own parameters (the page's
 * number, a search's rubrique), without the search's words; the client is a digest (lib/log.ts).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { INTERNAL_SECRET_HEADER } from '../auth/internal-secret';
import { hashAddress, type Logger } from '../log';
import type { TMetrics } from './metrics';

export const REQUEST_ID_HEADER = 'x-request-id';

export type TLayer =
  | 'memory'
  | 'redis'
  | 'render'
  | 'single-flight'
  | 'asset'
  | 'build'
  | 'feed'
  | 'early'
  | 'metrics'
  /** « Les plus lus »'s read beacon (lib/server/read-counter.ts). */
  | 'beacon'
  | 'next';

const layers = new WeakMap<ServerResponse, TLayer>();

/** Notes which layer answered `res` (the last one noted wins). */
export function answeredBy(res: ServerResponse, layer: TLayer): void {
  layers.set(res, layer);
}

/** Puts the request's id on the response (every answer but a cached page's, which carries it itself). */
export function nameResponse(req: IncomingMessage, res: ServerResponse): void {
  const id = req.headers[REQUEST_ID_HEADER];
  if (typeof id === 'string' && !res.headersSent) res.setHeader(REQUEST_ID_HEADER, id);
}

/** A request id a proxy may hand over: letters, digits and « - _ . : », 8 to 128 of them. */
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's id: the one a proxy in front sent, if well formed, else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && WELL_FORMED_ID.test(given) ? given : randomUUID();
}

const PAGE_LAYERS = new Set<TLayer>(['memory', 'redis', 'render', 'single-flight']);

/** The route kind of a request, for the metrics: readers' pages by the layer that answered, the rest by path. */
export function routeKind(pathname: string, layer: TLayer | undefined): string {
  if (layer && PAGE_LAYERS.has(layer)) return 'page';
  if (layer && layer !== 'next') return layer;
  if (/^\/(?:admin|connexion)(?:\/|$)/.test(pathname)) return 'newsroom';
  if (pathname.startsWith('/api/auth/')) return 'auth';
  if (pathname.startsWith('/api/')) return 'api';
  if (pathname.startsWith('/medias/')) return 'media';
  return 'next';
}

/** The path as logged: no query string, but a readers' page's own parameters, without a search's words. */
export function loggedPath(url: string, layer: TLayer | undefined): string {
  const [path = '/', query] = url.split('?');
  if (!query || !layer || !PAGE_LAYERS.has(layer)) return path;
  const kept = query
    .split('&')
    .filter((pair) => !pair.startsWith('q='))
    .join('&');
  return kept ? `${path}?${kept}` : path;
}

/**
 * Gives the request its id (a request header, for Next and for whoever answers: see `nameResponse`),
 * and writes its line and counts it once the response is over (or the client left). `accessLog: false` counts only.
 */
export function trackRequest(
  req: IncomingMessage,
  res: ServerResponse,
  clientAddress: string,
  options: { log: Logger; metrics: TMetrics | null; accessLog: boolean },
): string {
  const id = requestIdOf(req);
  // On the request's headers only: whoever answers puts it on the response (`sendPage` in the header
  // object it writes at once — a `setHeader` before `writeHead` would send every cached page down
  // Node's slow path —, `nameResponse` everywhere else).
  req.headers[REQUEST_ID_HEADER] = id;
  const started = performance.now();
  const url = req.url ?? '/';
  const method = req.method;
  const socket = req.socket;
  const bytesBefore = socket.bytesWritten;
  const viaVarnish = req.headers['x-varnish'] !== undefined;
  // The scheduler's own call (every 10 s) and health checks (Varnish probes twice a second): debug level only.
  const quiet = req.headers[INTERNAL_SECRET_HEADER] !== undefined || url.startsWith('/api/health');
  res.once('close', () => {
    const seconds = (performance.now() - started) / 1000;
    const layer = layers.get(res);
    // A readers' page's address after public-pages.ts rewrote it (no tracking tags, ordered parameters).
    const finalUrl = layer && PAGE_LAYERS.has(layer) ? (req.url ?? url) : url;
    const path = loggedPath(finalUrl, layer);
    const kind = routeKind(url.split('?')[0] ?? '/', layer);
    const status = res.writableFinished ? res.statusCode : 499;
    options.metrics?.request(kind, status, seconds);
    if (!options.accessLog) return;
    options.log[quiet ? 'debug' : 'info'](
      {
        event: 'request',
        reqId: id,
        method,
        path,
        status,
        bytes: Math.max(0, socket.bytesWritten - bytesBefore),
        ms: Math.round(seconds * 10_000) / 10,
        layer: layer ?? 'next',
        kind,
        ...(viaVarnish ? { via: 'varnish' } : {}),
        client: hashAddress(clientAddress),
      },
      'requête',
    );
  });
  return id;
}
