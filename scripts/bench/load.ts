/**
 * Load runs with autocannon (its command-line tool, in a process of its own so that it never shares
 * an event loop with what it measures), and sequential single-client timings.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { cpuSnapshot, foreignCpuShare } from './processes';
import { keepAlive, percentile, PROJECT_ROOT, request } from './util';

export const LOAD_HEADERS = { 'accept-encoding': 'gzip' } as const;

export type TLoadRun = {
  requestsPerSecond: number;
  /** Response bytes per second (as received, i.e. gzip'd). */
  bytesPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Share of the machine's CPU used by processes outside the benchmark during the run. */
  foreignCpu: number;
};

type TAutocannonJson = {
  requests: { average: number; total: number };
  throughput: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  '2xx': number;
};

const AUTOCANNON = path.join(PROJECT_ROOT, 'node_modules', 'autocannon', 'autocannon.js');

/** `uniqueParam`: that query parameter is added with a new value on every request (autocannon-unique.mjs). */
export function autocannon(url: string, options: { connections: number; seconds: number; uniqueParam?: string }): Promise<TLoadRun> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') throw new Error(`bench: refusing to load ${target.origin}`);
  const args = options.uniqueParam
    ? [path.join(PROJECT_ROOT, 'scripts', 'bench', 'autocannon-unique.mjs'), JSON.stringify({ url, param: options.uniqueParam, connections: options.connections, seconds: options.seconds, headers: LOAD_HEADERS })]
    : [AUTOCANNON, '-c', String(options.connections), '-d', String(options.seconds), '-j', '--timeout', '10', ...Object.entries(LOAD_HEADERS).flatMap(([name, value]) => ['-H', `${name}=${value}`]), url];
  const before = cpuSnapshot();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const after = cpuSnapshot();
      try {
        const json = JSON.parse(out) as TAutocannonJson;
        resolve({
          requestsPerSecond: json.requests.average,
          bytesPerSecond: json.throughput.average,
          p50: json.latency.p50,
          p99: json.latency.p99,
          total: json.requests.total,
          non2xx: json.non2xx,
          errors: json.errors,
          timeouts: json.timeouts,
          foreignCpu: foreignCpuShare(before, after),
        });
      } catch {
        reject(new Error(`autocannon failed (code ${code}): ${err.slice(-500) || out.slice(-500)}`));
      }
    });
  });
}

export type TSequential = { p50: number; p90: number; n: number; failures: number; seconds: number };

/**
 * One client, one request at a time (keep-alive, gzip like a browser), to several URLs in turn
 * (A, B, A, B…), after `warmup` each: on a shared machine whose load drifts, each series sees the
 * same conditions, so their ratio holds. `count` requests per URL, or `maxMs` per URL in all.
 */
export async function sequentialInterleaved(urls: string[], options: { count: number; warmup: number; maxMs: number }): Promise<TSequential[]> {
  for (let i = 0; i < options.warmup; i += 1) for (const url of urls) await request(url, { headers: { ...LOAD_HEADERS }, agent: keepAlive, timeoutMs: 15_000 }).catch(() => null);
  const series = urls.map(() => ({ times: [] as number[], failures: 0 }));
  const started = Date.now();
  const deadline = started + options.maxMs * urls.length;
  while (series.some((s) => s.times.length + s.failures < options.count) && Date.now() < deadline) {
    for (const [i, url] of urls.entries()) {
      const s = series[i];
      if (s.times.length + s.failures >= options.count) continue;
      try {
        const res = await request(url, { headers: { ...LOAD_HEADERS }, agent: keepAlive, timeoutMs: 15_000 });
        if (res.status === 200) s.times.push(res.ms);
        else s.failures += 1;
      } catch {
        s.failures += 1;
      }
    }
  }
  const seconds = (Date.now() - started) / 1000;
  return series.map((s) => ({ p50: percentile(s.times, 50), p90: percentile(s.times, 90), n: s.times.length, failures: s.failures, seconds }));
}
