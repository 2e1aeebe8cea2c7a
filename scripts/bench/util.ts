/**
 * Small helpers for `npm run bench`: logging, statistics, loopback HTTP with raw bytes, ports.
 * Every request the benchmark sends goes through `request()`, which refuses any host but 127.0.0.1.
 */
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const BENCH_DATA_DIR = path.join(PROJECT_ROOT, '.data', 'bench');
/** The build the benchmark serves: its own dist dir, inside .data/ (ignored by git, eslint and tsc). */
export const BENCH_DIST_DIR = '.data/bench/next';

export const say = (message: string) => console.log(`▸ ${message}`);
export const note = (message: string) => console.log(`  ${message}`);
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function fmtInt(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return Math.round(value).toLocaleString('en-US');
}

export function fmtMs(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 100) return `${Math.round(value)}`;
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function fmtBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} B`;
}

export function fmtRatio(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 0.1) return `${(value * 100).toFixed(0)} %`;
  if (value >= 0.01) return `${(value * 100).toFixed(1)} %`;
  return `${(value * 100).toFixed(2)} %`;
}

export type THttpResult = { status: number; headers: IncomingHttpHeaders; body: Buffer; ms: number };

export const keepAlive = new Agent({ keepAlive: true, maxSockets: 8 });

/** One HTTP request to 127.0.0.1, body kept as the raw bytes on the wire (no decompression). */
export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string; timeoutMs?: number; agent?: Agent } = {},
): Promise<THttpResult> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1' || target.protocol !== 'http:')
    throw new Error(`bench: refusing to send traffic to ${target.origin} (127.0.0.1 only)`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(target.port),
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: options.agent ?? keepAlive,
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout ${url}`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Polls `url` until it answers 200 (or `until` returns false, e.g. the process died). */
export async function waitForHttp(url: string, timeoutMs: number, alive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`the process behind ${url} exited (${last || 'no answer'})`);
    try {
      const res = await request(url, { timeoutMs: 5_000, agent: new Agent({ keepAlive: false }) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer 200 within ${Math.round(timeoutMs / 1000)} s (${last})`);
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Whether a TCP service answers a Redis PING (the cluster's one check, shared). */
export { redisAnswers } from '../cluster/wait';

/** One statement on its own connection (the benchmark's set-up and checks, never the measured path). */
export async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
