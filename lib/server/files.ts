/**
 * Files: the readers' stylesheet and icon (lib/readers/assets.ts), Next's build files (kept gzip'd
 * in memory: their names are hashed, they never change), and the feeds, sitemaps and robots.txt that
 * Next's route handlers write (gzip'd with an ETag, not kept: their Cache-Control lets a CDN keep them).
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { ASSET_CACHE_CONTROL, type TSiteAssets } from '../readers/assets';
import { captureResponse } from './buffered-response';
import { whenGone } from './public-pages';
import { acceptsGzip, etagFor, etagOf, isHead, sendBody } from './responses';

type THandle = (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;

const BUILD_FILE_NAME = /^\/_next\/static\/[A-Za-z0-9._/-]+$/;
/** The build's files take a few megabytes; this only bounds what a flood of odd names could add. */
const STATIC_ASSETS_MAX_BYTES = 32 * 1024 * 1024;
const PASSED_ON = new Set(['content-length', 'content-encoding', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

export function createFileServing(handle: THandle, assets: TSiteAssets) {
  const staticAssets = new Map<string, { headers: OutgoingHttpHeaders; body: Buffer; gzip: Buffer | null }>();
  let staticAssetBytes = 0;

  /** Runs Next's handler into memory; null when the reader hung up first. */
  async function captured(req: IncomingMessage, res: ServerResponse) {
    const capture = captureResponse(res);
    const hungUp = whenGone(req, res);
    // Next streams a file into the response and may wait for a 'finish' that the capture never emits:
    // wait for the captured end, not for the handler.
    handle(req, res).catch(() => {});
    const done = await Promise.race([capture.done, hungUp]);
    if (!done) capture.release();
    return done;
  }

  return {
    /** `/_assets/…`: the readers' own files; any other name there is a 404. */
    serveSiteAsset(req: IncomingMessage, res: ServerResponse, pathname: string): void {
      const asset = assets.byPath.get(pathname);
      if (!asset) {
        res.statusCode = 404;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        return void res.end('Fichier introuvable.');
      }
      res.setHeader('content-type', asset.contentType);
      res.setHeader('cache-control', ASSET_CACHE_CONTROL);
      res.setHeader('etag', asset.etag);
      if (req.headers['if-none-match'] === asset.etag) {
        res.statusCode = 304;
        return void res.end();
      }
      res.statusCode = 200;
      sendBody(req, res, asset.body, asset.gzip);
    },

    async serveBuildFile(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const url = req.url ?? '/';
      let asset = staticAssets.get(url);
      if (!asset) {
        const done = await captured(req, res);
        if (!done) return;
        if (done.status !== 200) {
          res.statusCode = done.status;
          res.setHeader('content-length', done.body.length);
          return void res.end(isHead(req) ? undefined : done.body);
        }
        const compressible = /javascript|css|json|svg|text/.test(String(done.headers['content-type'] ?? ''));
        asset = {
          headers: done.headers,
          body: done.body,
          gzip: compressible && done.body.length >= 1024 ? gzipSync(done.body, { level: 9 }) : null,
        };
        // Kept under the name the build wrote, once: a query string or a percent-encoded spelling of the
        // same file is someone else's invention (one copy per variant otherwise), and the whole is bounded.
        const size = asset.body.length + (asset.gzip?.length ?? 0);
        if (BUILD_FILE_NAME.test(url) && staticAssetBytes + size <= STATIC_ASSETS_MAX_BYTES) {
          staticAssets.set(url, asset);
          staticAssetBytes += size;
        }
      }
      for (const [name, value] of Object.entries(asset.headers))
        if (value !== undefined && !PASSED_ON.has(name)) res.setHeader(name, value);
      res.statusCode = 200;
      sendBody(req, res, asset.body, asset.gzip);
    },

    /** A feed or a sitemap: a feed reader polling every few minutes gets a 304 while nothing changed. */
    async serveDistributionFile(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const done = await captured(req, res);
      if (!done) return;
      res.removeHeader('content-length');
      res.removeHeader('transfer-encoding');
      if (done.status !== 200) {
        res.statusCode = done.status;
        res.setHeader('content-length', done.body.length);
        return void res.end(isHead(req) ? undefined : done.body);
      }
      const gzip = done.body.length >= 1024 && acceptsGzip(req);
      const etag = etagFor(etagOf(done.body), gzip);
      res.setHeader('etag', etag);
      if (req.headers['if-none-match'] === etag) {
        res.statusCode = 304;
        return void res.end();
      }
      res.statusCode = 200;
      sendBody(req, res, done.body, gzip ? gzipSync(done.body) : null);
    },
  };
}
