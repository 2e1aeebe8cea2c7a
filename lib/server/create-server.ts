/**
 * Dakarinfo's HTTP server: Next.js behind a thin Node layer that sees every public page whole before
 * it leaves. Today that layer fixes two things Next cannot express from a page:
 *   - a story's old slug answers 301 (Next's permanentRedirect sends 308);
 *   - a page that calls notFound() gets the French 404 page rendered on the server (Next otherwise
 *     sends an empty shell that only JavaScript fills in — next.js issue 62228), status 404.
 * It also drains in-flight requests on SIGTERM before the process exits, sets the client address
 * used by sign-in throttling, and runs the scheduler that publishes programmed stories on time.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import next from 'next';
import { CLIENT_IP_HEADER } from '../auth/client-ip';
import { INTERNAL_SECRET_HEADER } from '../auth/internal-secret';
import { captureResponse } from './buffered-response';
import { isPublicPage } from './public-paths';

/** gzip for clients that take it (Next's own compression is off: see next.config.js). */
function compressFor(req: IncomingMessage, res: ServerResponse, body: Buffer): Buffer {
  const vary = String(res.getHeader('vary') ?? '');
  if (!/accept-encoding/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  if (body.length < 1024 || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) || res.getHeader('content-encoding')) return body;
  res.setHeader('content-encoding', 'gzip');
  return gzipSync(body, { level: 6 });
}

const SCHEDULER_INTERVAL_MS = 10_000;

export type TDakarinfoServer = { server: Server; close: () => Promise<void> };

export async function createDakarinfoServer(options: { dev: boolean; dir: string; port: number; hostname?: string }): Promise<TDakarinfoServer> {
  const internalSecret = randomBytes(24).toString('base64url');
  process.env.DAKARINFO_INTERNAL_SECRET = internalSecret;
  const app = next({ dev: options.dev, dir: options.dir, port: options.port, hostname: options.hostname ?? 'localhost' });
  const handle = app.getRequestHandler();
  await app.prepare();

  async function servePublicPage(req: IncomingMessage, res: ServerResponse) {
    const captured = captureResponse(res);
    await handle(req, res);
    const { status, body } = await captured.done;
    if (status === 404 && body.includes('id="__next_error__"')) {
      res.removeHeader('content-length');
      await app.render404(req, res);
      return;
    }
    if (status === 308) res.statusCode = 301;
    const payload = compressFor(req, res, body);
    res.setHeader('content-length', payload.length);
    res.end(req.method === 'HEAD' ? undefined : payload);
  }

  const server = createHttpServer((req, res) => {
    // The client address for sign-in throttling: set here, never taken from the client, unless
    // TRUST_PROXY=1 says a reverse proxy in front of us writes X-Forwarded-For.
    const forwarded = process.env.TRUST_PROXY === '1' ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
    req.headers[CLIENT_IP_HEADER] = forwarded || req.socket.remoteAddress || '';
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const work = isPublicPage(req.method, pathname) ? servePublicPage(req, res) : handle(req, res);
    work.catch((error: unknown) => {
      console.error('Erreur de rendu', error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
      }
      res.end('Erreur interne du serveur.');
    });
  });
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve) => server.listen(options.port, options.hostname, resolve));

  // Scheduled stories: every instance asks its own app to publish what is due (idempotent across instances).
  const runScheduler = () =>
    fetch(`http://127.0.0.1:${options.port}/api/internal/publier-programmes`, { method: 'POST', headers: { [INTERNAL_SECRET_HEADER]: internalSecret } }).catch(() => {});
  const scheduler = setInterval(runScheduler, SCHEDULER_INTERVAL_MS);
  scheduler.unref();
  void runScheduler();

  return {
    server,
    close: () =>
      new Promise<void>((resolve) => {
        // Stop accepting, let in-flight requests finish, then drop idle keep-alive sockets.
        clearInterval(scheduler);
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
