/**
 * The Node HTTP server with limits on what a client may hold: a request must send its headers within
 * `headersTimeoutMs` and its whole body within `requestTimeoutMs` (Node answers 408 and closes), so a
 * client that trickles a byte a minute cannot keep a connection — or the memory behind it — forever.
 * Node checks these every `checkIntervalMs` (30 s by default: far too coarse to bound anything).
 */
import { createServer, type RequestListener, type Server } from 'node:http';

export type THttpLimits = { headersTimeoutMs: number; requestTimeoutMs: number; checkIntervalMs: number };

function fromEnv(name: string, fallback: number, min: number, max: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? Math.min(Math.max(value, min), max) : fallback;
}

/**
 * HTTP_HEADERS_TIMEOUT_MS (20 s) and HTTP_REQUEST_TIMEOUT_MS (120 s: a 15 MB picture sent from a slow
 * newsroom connection still arrives).
 */
export function httpLimitsFromEnv(): THttpLimits {
  const headersTimeoutMs = fromEnv('HTTP_HEADERS_TIMEOUT_MS', 20_000, 200, 120_000);
  const requestTimeoutMs = Math.max(fromEnv('HTTP_REQUEST_TIMEOUT_MS', 120_000, 500, 600_000), headersTimeoutMs + 100);
  return { headersTimeoutMs, requestTimeoutMs, checkIntervalMs: Math.min(1_000, Math.ceil(headersTimeoutMs / 4)) };
}

export function createBoundedServer(limits: THttpLimits, listener: RequestListener): Server {
  const server = createServer(
    {
      // Long URLs (an absurd search of 10,000 accented characters) get the app's French answer, not a bare 431.
      maxHeaderSize: 128 * 1024,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    listener,
  );
  server.keepAliveTimeout = 65_000;
  return server;
}
