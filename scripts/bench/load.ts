/**
 * Load runs with wrk (a C load generator in a process of its own, never sharing an event loop with
 * what it measures; scripts/bench/wrk.lua varies the address per request and reports in JSON), and
 * sequential single-client timings.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { cpuSnapshot, foreignCpuShare } from './processes';
import { keepAlive, percentile, PROJECT_ROOT, request } from './util';

export const LOAD_HEADERS = { 'accept-encoding': 'gzip' } as const;

export const WRK = '/usr/bin/wrk';
const WRK_SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'bench', 'wrk.lua');
/** wrk's threads: the machine has 2 cores, shared by the load generator and the servers. */
export const WRK_THREADS = 2;

export type TLoadRun = {
  requestsPerSecond: number;
  /** Response bytes per second (as received, i.e. gzip'd). */
  bytesPerSecond: number;
  p50: number;
  p90?: number;
  p99: number;
  total: number;
  /** Answers with a status of 400 or more (wrk counts 2xx and 3xx as success). */
  non2xx: number;
  /** Socket errors: connect, read and write. */
  errors: number;
  timeouts: number;
  /** Share of the machine's CPU used by processes outside the benchmark during the run. */
  foreignCpu: number;
};

/** The line scripts/bench/wrk.lua's done() prints, in wrk's units (microseconds). */
type TWrkJson = {
  requests: number;
  durationUs: number;
  bytes: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
};

/** Reads wrk's output (the `WRK_JSON` line of wrk.lua's done()) into a run; latencies in ms. */
export function parseWrkOutput(output: string, foreignCpu = 0): TLoadRun {
  const line = output.split('\n').find((l) => l.startsWith('WRK_JSON '));
  if (!line) throw new Error(`no WRK_JSON line in wrk's output: ${output.slice(-500)}`);
  const json = JSON.parse(line.slice('WRK_JSON '.length)) as TWrkJson;
  const seconds = json.durationUs / 1e6;
  return {
    requestsPerSecond: seconds > 0 ? json.requests / seconds : 0,
    bytesPerSecond: seconds > 0 ? json.bytes / seconds : 0,
    p50: json.p50 / 1000,
    p90: json.p90 / 1000,
    p99: json.p99 / 1000,
    total: json.requests,
    non2xx: json.status,
    errors: json.connect + json.read + json.write,
    timeouts: json.timeout,
    foreignCpu,
  };
}

export function wrkVersion(): string {
  const out = spawnSync(WRK, ['-v'], { encoding: 'utf8' });
  return /wrk (\S+)/.exec(`${out.stdout}${out.stderr}`)?.[1] ?? '?';
}

export type TWrkOptions = {
  connections: number;
  seconds: number;
  /** wrk's threads (2 by default; 1 for the concurrent streams of the live load). */
  threads?: number;
  /** That query parameter is added with a new value on every request (a click id such as fbclid). */
  uniqueParam?: string;
  /** Ends the run early (SIGINT: wrk stops and reports what it did so far). */
  until?: Promise<unknown>;
};

/**
 * wrk against `origin` + `paths` (requested in turn; one path is sent as a precomputed request),
 * with `Accept-Encoding: gzip` on every request, `--latency`, a 10 s timeout.
 */
export function wrk(url: string | { origin: string; paths: string[] }, options: TWrkOptions): Promise<TLoadRun> {
  const { origin, paths } =
    typeof url === 'string' ? { origin: new URL(url).origin, paths: [`${new URL(url).pathname}${new URL(url).search}`] } : url;
  const target = new URL(origin);
  if (target.hostname !== '127.0.0.1') throw new Error(`bench: refusing to load ${target.origin}`);
  const threads = Math.min(options.threads ?? WRK_THREADS, options.connections);
  const args = [
    '-t',
    String(threads),
    '-c',
    String(options.connections),
    '-d',
    `${options.seconds}s`,
    '--timeout',
    '10s',
    '--latency',
    ...Object.entries(LOAD_HEADERS).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    '-s',
    WRK_SCRIPT,
    `${origin}${paths[0]}`,
    '--',
    ...(options.uniqueParam ? [`unique=${options.uniqueParam}`] : []),
    ...paths,
  ];
  const before = cpuSnapshot();
  return new Promise((resolve, reject) => {
    const child = spawn(WRK, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    void options.until?.then(() => child.kill('SIGINT'));
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(parseWrkOutput(out, foreignCpuShare(before, cpuSnapshot())));
      } catch (error) {
        reject(new Error(`wrk failed (code ${code}): ${(error as Error).message} ${err.slice(-300)}`));
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
export async function sequentialInterleaved(
  urls: string[],
  options: { count: number; warmup: number; maxMs: number },
): Promise<TSequential[]> {
  for (let i = 0; i < options.warmup; i += 1)
    for (const url of urls) await request(url, { headers: { ...LOAD_HEADERS }, agent: keepAlive, timeoutMs: 15_000 }).catch(() => null);
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
  return series.map((s) => ({
    p50: percentile(s.times, 50),
    p90: percentile(s.times, 90),
    n: s.times.length,
    failures: s.failures,
    seconds,
  }));
}
