/**
 * The server's metrics, in Prometheus's text format (prom-client), at `GET /api/metrics`: answered by
 * the Node layer itself, only to a client on this machine (loopback, after TRUST_PROXY) or one that
 * sends `Authorization: Bearer $METRICS_TOKEN` (16 characters at least). Anyone else gets a 403.
 *
 * Series (all `dakarinfo_…` but Node's own `process_…` and `nodejs_…`, event-loop lag and heap among them):
 *   http_requests_total{kind,status}            every request, by route kind (page, asset, newsroom, api…)
 *   http_request_duration_seconds{kind}         its duration (histogram)
 *   page_cache_lookups_total{layer,result}      readers' pages: memory and Redis, hit or miss
 *   render_duration_seconds{page,outcome}       a readers' page's render, by page kind (histogram)
 *   purge_duration_seconds{step}                a purge's fan-out: Redis store, other instances, CDN, all (histogram)
 *   db_pool_connections{pool,state}             each database pool: total, idle, in use, waiting
 *   replica_lag_bytes{replica}                  each read replica's replay behind the primary's WAL
 *   sign_in_total{outcome}                      sign-ins: success, failure, locked (refused during a lock)
 *   scheduler_runs_total{outcome}               the scheduler's runs: ok, error
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import client from 'prom-client';
import { processBridge, type TOpsEvent } from '../process-bridge';
import { diagnosticsAllowed } from './diagnostics';

export const METRICS_PATH = '/api/metrics';

/** Loopback, or the metrics token (METRICS_TOKEN, else DIAGNOSTICS_TOKEN) as a bearer token. */
export function metricsAllowed(
  clientAddress: string,
  authorization: string | undefined,
  token = process.env.METRICS_TOKEN || process.env.DIAGNOSTICS_TOKEN,
): boolean {
  return diagnosticsAllowed(clientAddress, authorization, token);
}

export type TReplicaLag = { replica: string; bytes: number | null };

export type TMetricsOptions = {
  /** Each read replica's lag, read when Prometheus scrapes (lib/data/check-database.ts). */
  replicaLag?: () => Promise<TReplicaLag[]>;
  /** Node's default series (event loop, heap, CPU…): on in the server, off in most tests. */
  defaults?: boolean;
};

const SECONDS_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(options: TMetricsOptions = {}) {
  const registry = new client.Registry();
  if (options.defaults !== false) client.collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });

  const requests = new client.Counter({
    name: 'dakarinfo_http_requests_total',
    help: 'Requêtes HTTP, par genre de route et statut.',
    labelNames: ['kind', 'status'] as const,
    registers: [registry],
  });
  const requestDuration = new client.Histogram({
    name: 'dakarinfo_http_request_duration_seconds',
    help: 'Durée des requêtes HTTP, par genre de route.',
    labelNames: ['kind'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const cacheLookups = new client.Counter({
    name: 'dakarinfo_page_cache_lookups_total',
    help: 'Pages des lecteurs cherchées dans les caches (memory, redis) : hit ou miss.',
    labelNames: ['layer', 'result'] as const,
    registers: [registry],
  });
  const renderDuration = new client.Histogram({
    name: 'dakarinfo_render_duration_seconds',
    help: 'Rendu d’une page des lecteurs, par genre de page.',
    labelNames: ['page', 'outcome'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const purgeDuration = new client.Histogram({
    name: 'dakarinfo_purge_duration_seconds',
    help: 'Diffusion d’une purge : cache partagé (Redis), autres instances, cache HTTP (Varnish), en tout.',
    labelNames: ['step'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  new client.Gauge({
    name: 'dakarinfo_db_pool_connections',
    help: 'Connexions de chaque pool PostgreSQL : total, idle, in_use, waiting (requêtes en attente d’une connexion).',
    labelNames: ['pool', 'state'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const seen = new Map<string, { total: number; idle: number; waiting: number }>();
      for (const { name, pool } of processBridge().pools) {
        if (pool.ended) continue;
        const sum = seen.get(name) ?? { total: 0, idle: 0, waiting: 0 };
        sum.total += pool.totalCount;
        sum.idle += pool.idleCount;
        sum.waiting += pool.waitingCount;
        seen.set(name, sum);
      }
      for (const [name, { total, idle, waiting }] of seen) {
        this.set({ pool: name, state: 'total' }, total);
        this.set({ pool: name, state: 'idle' }, idle);
        this.set({ pool: name, state: 'in_use' }, total - idle);
        this.set({ pool: name, state: 'waiting' }, waiting);
      }
    },
  });
  new client.Gauge({
    name: 'dakarinfo_replica_lag_bytes',
    help: 'Retard de rejeu de chaque réplique sur le WAL de la base principale, en octets (-1 : injoignable).',
    labelNames: ['replica'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      if (!options.replicaLag) return;
      for (const { replica, bytes } of await options.replicaLag().catch(() => [])) this.set({ replica }, bytes ?? -1);
    },
  });
  const signIns = new client.Counter({
    name: 'dakarinfo_sign_in_total',
    help: 'Connexions au rédactionnel : success, failure, locked (refusée pendant un verrouillage).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const schedulerRuns = new client.Counter({
    name: 'dakarinfo_scheduler_runs_total',
    help: 'Passages du programmateur d’articles : ok, error.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  // Every outcome is a series from the start, at 0: a rate over a counter that appears late misses its first step.
  for (const outcome of ['success', 'failure', 'locked']) signIns.inc({ outcome }, 0);
  for (const outcome of ['ok', 'error']) schedulerRuns.inc({ outcome }, 0);
  for (const layer of ['memory', 'redis']) for (const result of ['hit', 'miss']) cacheLookups.inc({ layer, result }, 0);

  // Every request counts here: each label set's child is looked up once, not hashed on every request.
  const requestChildren = new Map<string, { inc: () => void }>();
  const durationChildren = new Map<string, { observe: (value: number) => void }>();
  const lookupChildren = {
    memory: { hit: cacheLookups.labels('memory', 'hit'), miss: cacheLookups.labels('memory', 'miss') },
    redis: { hit: cacheLookups.labels('redis', 'hit'), miss: cacheLookups.labels('redis', 'miss') },
  };

  return {
    registry,
    request(kind: string, status: number, seconds: number) {
      const key = `${kind} ${status}`;
      let counter = requestChildren.get(key);
      if (!counter) requestChildren.set(key, (counter = requests.labels(kind, String(status))));
      counter.inc();
      let histogram = durationChildren.get(kind);
      if (!histogram) durationChildren.set(kind, (histogram = requestDuration.labels(kind)));
      histogram.observe(seconds);
    },
    cacheLookup(layer: 'memory' | 'redis', hit: boolean) {
      lookupChildren[layer][hit ? 'hit' : 'miss'].inc();
    },
    render(page: string, outcome: 'ok' | 'failed' | 'expired', seconds: number) {
      renderDuration.observe({ page, outcome }, seconds);
    },
    purge(step: 'shared' | 'instances' | 'cdn' | 'all', seconds: number) {
      purgeDuration.observe({ step }, seconds);
    },
    signIn(outcome: 'success' | 'failure' | 'locked') {
      signIns.inc({ outcome });
    },
    schedulerRun(outcome: 'ok' | 'error') {
      schedulerRuns.inc({ outcome });
    },
    /** What Next's copy of lib/ reports through lib/process-bridge.ts. */
    observe(event: TOpsEvent) {
      if (event.kind === 'sign-in') signIns.inc({ outcome: event.outcome });
    },
    text: () => registry.metrics(),
    /** `GET /api/metrics`: the text, to loopback or the token; 403 otherwise. */
    async serve(req: IncomingMessage, res: ServerResponse, clientAddress: string): Promise<void> {
      if (!metricsAllowed(clientAddress, req.headers.authorization)) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'www-authenticate': 'Bearer' });
        return void res.end('Métriques réservées à l’exploitation\u00a0: depuis la machine même, ou avec le jeton METRICS_TOKEN.');
      }
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    },
  };
}

export type TMetrics = ReturnType<typeof createMetrics>;

/** Hands Next's copy of lib/ the way to report to these metrics (lib/process-bridge.ts). */
export function connectMetrics(metrics: TMetrics): void {
  processBridge().observe = (event) => metrics.observe(event);
}
