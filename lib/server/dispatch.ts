/**
 * Routing: every request, from its first byte to the one that answers it. Early answers and body
 * limits first, then the readers' stylesheet and icon, the readers' pages (lib/readers through
 * public-pages.ts), Next's build files and feeds (files.ts), and everything else to Next.js.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLIENT_IP_HEADER } from '../auth/client-ip';
import type { Logger } from '../log';
import { ASSETS_PREFIX } from '../readers/assets';
import { answeredBy, nameResponse, trackRequest } from './access-log';
import { closeIfBodyLingers, limitRequestBody } from './body-limit';
import { clientAddress, once, parseTrustProxy } from './client-address';
import { DIAGNOSTICS_HEADER, diagnosticsAllowed } from './diagnostics';
import { answerEarly, bodyLimit, BUILD_FILES, DISTRIBUTION_FILE, readOnly } from './early-answers';
import type { createFileServing } from './files';
import { METRICS_PATH, type TMetrics } from './metrics';
import type { createPublicPages } from './public-pages';
import type { ReadCounter } from './read-counter';
import { isPublicPage } from './public-paths';
import { renderHeadAsGet } from './responses';

type TDispatchOptions = {
  dev: boolean;
  publicPages: ReturnType<typeof createPublicPages>;
  files: ReturnType<typeof createFileServing>;
  /** Next's request handler. */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;
  log: Logger;
  metrics: TMetrics | null;
  /** « Les plus lus »: `/lu/<story id>.gif`, the read beacon. */
  reads?: ReadCounter;
};

export function createDispatch({ dev, publicPages, files, handle, log, metrics, reads }: TDispatchOptions) {
  const trustedProxies = parseTrustProxy(process.env.TRUST_PROXY);
  const warnProxy = once((message) => log.warn({ event: 'config' }, message));
  // One line per request (ACCESS_LOG=off: counted in the metrics only).
  const accessLog = process.env.ACCESS_LOG !== 'off';
  // HTTPS in production (the public address says so): browsers must never come back over plain HTTP.
  const hsts = !dev && /^https:/.test(process.env.SITE_URL || process.env.NEXTAUTH_URL || '');

  return function dispatch(req: IncomingMessage, res: ServerResponse): Promise<unknown> | void {
    // The client address for sign-in throttling, the audit log and per-client limits (lib/server/client-address.ts).
    const client = clientAddress(req, trustedProxies, warnProxy);
    req.headers[CLIENT_IP_HEADER] = client;
    // Its id (X-Request-Id), its line in the log and its count in the metrics (lib/server/access-log.ts).
    trackRequest(req, res, client, { log, metrics, accessLog });
    if (diagnosticsAllowed(client, req.headers.authorization)) req.headers[DIAGNOSTICS_HEADER] = '1';
    else delete req.headers[DIAGNOSTICS_HEADER];
    if (hsts) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // The path most requests take: a readers' page in this instance's cache, asked for at the very
    // address it is kept under. That address passed every check below when it was first asked for.
    const read = readOnly(req.method);
    if (
      read &&
      req.headers['content-length'] === undefined &&
      req.headers['transfer-encoding'] === undefined &&
      publicPages.serveKept(req, res)
    )
      return;
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const early = answerEarly(req, pathname);
    if (early) {
      answeredBy(res, 'early');
      nameResponse(req, res);
      res.statusCode = early.status;
      for (const [name, value] of Object.entries(early.headers ?? {})) res.setHeader(name, value);
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      // A body too large is read and thrown away after the answer, for a moment only.
      if (early.status === 413) closeIfBodyLingers(req, res);
      return void res.end(early.message);
    }
    // A body's bytes are counted as they arrive: Content-Length says nothing of a chunked one.
    if (req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined) {
      const limit = bodyLimit(pathname);
      limitRequestBody(req, res, limit.bytes, limit.message);
    }
    // Prometheus (lib/server/metrics.ts): this machine, or the metrics token.
    if (read && pathname === METRICS_PATH && metrics) {
      answeredBy(res, 'metrics');
      nameResponse(req, res);
      return metrics.serve(req, res, client);
    }
    if (read && pathname.startsWith(ASSETS_PREFIX)) {
      answeredBy(res, 'asset');
      nameResponse(req, res);
      return files.serveSiteAsset(req, res, pathname);
    }
    if (read && reads && pathname.startsWith('/lu/')) {
      answeredBy(res, 'beacon');
      if (reads.answer(req, res, pathname)) return;
    }
    // Classified as a router would: decoded (answerEarly made sure it decodes).
    // A readers' page carries its id itself (sendPage, or nameResponse when it is not kept).
    if (isPublicPage(req.method, decodeURIComponent(pathname))) {
      renderHeadAsGet(req);
      return publicPages.serve(req, res);
    }
    nameResponse(req, res);
    if (read && !dev && pathname.startsWith(BUILD_FILES)) {
      answeredBy(res, 'build');
      renderHeadAsGet(req);
      return files.serveBuildFile(req, res);
    }
    if (read && DISTRIBUTION_FILE.test(pathname)) {
      answeredBy(res, 'feed');
      renderHeadAsGet(req);
      return files.serveDistributionFile(req, res);
    }
    return handle(req, res);
  };
}
