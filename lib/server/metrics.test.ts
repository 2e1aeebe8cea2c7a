import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { processBridge } from '../process-bridge';
import { connectMetrics, createMetrics, metricsAllowed } from './metrics';

const TOKEN = 'un-jeton-de-metriques-assez-long';

describe('metricsAllowed', () => {
  it('lets this machine in, and a remote client with the token only', () => {
    expect(metricsAllowed('127.0.0.1', undefined, undefined)).toBe(true);
    expect(metricsAllowed('::1', undefined, TOKEN)).toBe(true);
    expect(metricsAllowed('203.0.113.9', undefined, TOKEN)).toBe(false);
    expect(metricsAllowed('203.0.113.9', `Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(metricsAllowed('203.0.113.9', 'Bearer autre-jeton-tout-aussi-long', TOKEN)).toBe(false);
    expect(metricsAllowed('203.0.113.9', `Bearer ${TOKEN}`, undefined)).toBe(false);
  });
});

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('GET /api/metrics', () => {
  it('answers 403 to a remote client without the token, the series to one with it', async () => {
    process.env.METRICS_TOKEN = TOKEN;
    const metrics = createMetrics({ defaults: false });
    // The client address as dispatch.ts computes it; here, as if the request came from elsewhere.
    server = createServer((req, res) => void metrics.serve(req, res, String(req.headers['x-test-client'] ?? '127.0.0.1')));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/metrics`;
    try {
      const refused = await fetch(url, { headers: { 'x-test-client': '203.0.113.9' } });
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toContain('dakarinfo_');
      const wrong = await fetch(url, { headers: { 'x-test-client': '203.0.113.9', authorization: 'Bearer pas-le-bon-jeton-du-tout' } });
      expect(wrong.status).toBe(403);
      const remote = await fetch(url, { headers: { 'x-test-client': '203.0.113.9', authorization: `Bearer ${TOKEN}` } });
      expect(remote.status).toBe(200);
      expect(remote.headers.get('content-type')).toContain('text/plain');
      expect(await remote.text()).toContain('dakarinfo_http_requests_total');
      const local = await fetch(url);
      expect(local.status).toBe(200);
    } finally {
      delete process.env.METRICS_TOKEN;
    }
  });
});

describe('the series', () => {
  it('counts requests, cache lookups, renders, purges, sign-ins and scheduler runs', async () => {
    const metrics = createMetrics({ defaults: false, replicaLag: async () => [{ replica: '1', bytes: 4096 }] });
    metrics.request('page', 200, 0.002);
    metrics.request('page', 200, 0.003);
    metrics.request('newsroom', 303, 0.1);
    metrics.cacheLookup('memory', true);
    metrics.cacheLookup('memory', false);
    metrics.cacheLookup('redis', false);
    metrics.render('article', 'ok', 0.04);
    metrics.purge('all', 0.012);
    metrics.schedulerRun('ok');
    // Sign-ins happen in Next's copy of lib/: they reach these metrics through the bridge.
    connectMetrics(metrics);
    processBridge().observe?.({ kind: 'sign-in', outcome: 'failure' });
    processBridge().observe?.({ kind: 'sign-in', outcome: 'locked' });
    processBridge().observe = null;
    const text = await metrics.text();
    expect(text).toContain('dakarinfo_http_requests_total{kind="page",status="200"} 2');
    expect(text).toContain('dakarinfo_http_requests_total{kind="newsroom",status="303"} 1');
    expect(text).toContain('dakarinfo_http_request_duration_seconds_count{kind="page"} 2');
    expect(text).toContain('dakarinfo_page_cache_lookups_total{layer="memory",result="hit"} 1');
    expect(text).toContain('dakarinfo_page_cache_lookups_total{layer="memory",result="miss"} 1');
    expect(text).toContain('dakarinfo_page_cache_lookups_total{layer="redis",result="miss"} 1');
    expect(text).toContain('dakarinfo_page_cache_lookups_total{layer="redis",result="hit"} 0');
    expect(text).toContain('dakarinfo_render_duration_seconds_bucket{le="0.05",page="article",outcome="ok"} 1');
    expect(text).toContain('dakarinfo_purge_duration_seconds_count{step="all"} 1');
    expect(text).toContain('dakarinfo_sign_in_total{outcome="failure"} 1');
    expect(text).toContain('dakarinfo_sign_in_total{outcome="locked"} 1');
    expect(text).toContain('dakarinfo_sign_in_total{outcome="success"} 0');
    expect(text).toContain('dakarinfo_scheduler_runs_total{outcome="ok"} 1');
    expect(text).toContain('dakarinfo_replica_lag_bytes{replica="1"} 4096');
  });

  it('reports each database pool’s connections, and Node’s event-loop lag and heap', async () => {
    const metrics = createMetrics();
    const fakePool = { ended: false, totalCount: 5, idleCount: 2, waitingCount: 3 };
    processBridge().pools.push({ name: 'essai', pool: fakePool as never });
    try {
      const text = await metrics.text();
      expect(text).toContain('dakarinfo_db_pool_connections{pool="essai",state="in_use"} 3');
      expect(text).toContain('dakarinfo_db_pool_connections{pool="essai",state="waiting"} 3');
      expect(text).toContain('dakarinfo_db_pool_connections{pool="essai",state="total"} 5');
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
      expect(text).toMatch(/^nodejs_heap_size_used_bytes /m);
    } finally {
      processBridge().pools.pop();
    }
  });
});
