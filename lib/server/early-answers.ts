/**
 * Requests answered before anything renders: absurd sizes, addresses that are not valid UTF-8,
 * addresses with « . » or « .. » segments or needless percent-encoding, and methods that readers'
 * pages, feeds and build files do not take.
 */
import type { IncomingMessage } from 'node:http';
import { IMAGE_MAX_BYTES } from '../media/sizes';
import { decodeUnreserved, queryOf, resolveDotSegments } from './http-negotiation';
import { isPublicPath } from './public-paths';

/** Next's build files, as the build names them (hashed, plain characters). */
export const BUILD_FILES = '/_next/static/';

/** Feeds, sitemaps and robots.txt: files for programs, rendered by route handlers (app/rss.xml…). */
export const DISTRIBUTION_FILE = /^\/(?:[a-z0-9-]+\/)?[a-z0-9-]+\.xml$|^\/robots\.txt$/;

/** No request body larger than this reaches Next (server actions have their own 1 MB limit)… */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** …but a story's picture, sent to /api/medias, which checks its own limit (lib/media/sizes.ts). */
const MEDIA_UPLOAD_PATH = '/api/medias';
const MEDIA_UPLOAD_MAX_BYTES = IMAGE_MAX_BYTES + 64 * 1024;

export const readOnly = (method: string | undefined) => method === 'GET' || method === 'HEAD';

export type TEarlyAnswer = { status: number; message?: string; headers?: Record<string, string> };

/** The largest body a request may send to `pathname`, and what is said past it. */
export function bodyLimit(pathname: string): { bytes: number; message: string } {
  if (pathname === MEDIA_UPLOAD_PATH)
    return { bytes: MEDIA_UPLOAD_MAX_BYTES, message: `Image trop volumineuse\u00a0: ${IMAGE_MAX_BYTES / (1024 * 1024)} Mo au plus.` };
  return { bytes: MAX_BODY_BYTES, message: 'Requête trop volumineuse\u00a0: 2 Mo au plus.' };
}

/** The answer to give `req` at once, or null to go on. `pathname`: the request's path, undecoded. */
export function answerEarly(req: IncomingMessage, pathname: string): TEarlyAnswer | null {
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
  // `/sport/../politique` is `/politique` to a router but not to the checks made on the raw path
  // (public or private, the rubrique the navigation marks, the cache key): sent to its one spelling.
  const resolved = resolveDotSegments(pathname);
  if (resolved !== null) return oneSpelling(req, resolved);
  // `/%61dmin` is `/admin` to Next: sent to its one spelling too, so every check sees what Next will.
  const decoded = decodeUnreserved(pathname);
  if (decoded !== null) return oneSpelling(req, decoded);
  // Read, never posted to: nothing behind them takes a body.
  if (!readOnly(req.method) && (isPublicPath(pathname) || DISTRIBUTION_FILE.test(pathname) || pathname.startsWith(BUILD_FILES))) {
    return { status: 405, message: 'Méthode non autorisée\u00a0: cette adresse se lit (GET) seulement.', headers: { allow: 'GET, HEAD' } };
  }
  return null;
}

function oneSpelling(req: IncomingMessage, path: string): TEarlyAnswer {
  if (!readOnly(req.method)) return { status: 400, message: 'Adresse invalide.' };
  const query = queryOf(req.url ?? '');
  return { status: 301, headers: { location: query ? `${path}?${query}` : path } };
}
