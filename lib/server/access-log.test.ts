import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../log';
import { answeredBy, loggedPath, nameResponse, REQUEST_ID_HEADER, requestIdOf, routeKind, trackRequest } from './access-log';
import { createMetrics } from './metrics';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger({ level: 'info', instance: 'essai', destination }), lines };
}

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that tracks every request as dispatch.ts does, and answers as `answer` says. */
async function serve(answer: Parameters<typeof createServer>[1]) {
  const { log, lines } = capture();
  const metrics = createMetrics({ defaults: false });
  const seenIds: string[] = [];
  server = createServer((req, res) => {
    seenIds.push(trackRequest(req, res, '203.0.113.9', { log, metrics, accessLog: true }));
    // As dispatch.ts does for every answer but a cached page's (sendPage writes it itself).
    nameResponse(req, res);
    // What Next would read: the id is on the request's headers.
    res.setHeader('x-echo-id', String(req.headers[REQUEST_ID_HEADER]));
    answer?.(req, res);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
  return { base, lines, metrics, seenIds };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('trackRequest', () => {
  it('gives each request an id, carried on the request and returned as X-Request-Id, and one line', async () => {
    const { base, lines, seenIds } = await serve((_req, res) => {
      answeredBy(res, 'memory');
      res.end('bonjour');
    });
    const response = await fetch(`${base}/politique?page=2&q=secret&fbclid=x`);
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-echo-id')).toBe(id);
    await settle();
    expect(seenIds).toEqual([id]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      event: 'request',
      reqId: id,
      method: 'GET',
      status: 200,
      layer: 'memory',
      kind: 'page',
      instance: 'essai',
    });
    expect(lines[0]?.bytes).toBeGreaterThan('bonjour'.length);
    expect(typeof lines[0]?.ms).toBe('number');
    // The reader's address only as a digest; the search words never.
    expect(JSON.stringify(lines[0])).not.toContain('203.0.113.9');
    expect(lines[0]?.client).toMatch(/^[0-9a-f]{16}$/);
    expect(String(lines[0]?.path)).not.toContain('secret');
  });

  it('keeps a well-formed id a proxy sent, and replaces one that is not', async () => {
    const { base } = await serve((_req, res) => res.end());
    const kept = await fetch(base, { headers: { 'x-request-id': 'varnish-123456789' } });
    expect(kept.headers.get('x-request-id')).toBe('varnish-123456789');
    const replaced = await fetch(base, { headers: { 'x-request-id': 'a b<script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs the newsroom’s paths without their query string, and counts them by kind and status', async () => {
    const { base, lines, metrics } = await serve((_req, res) => {
      res.statusCode = 302;
      res.end();
    });
    await fetch(`${base}/admin/articles/12?jeton=abc&email=x@y.fr`, { redirect: 'manual' });
    await settle();
    expect(lines[0]).toMatchObject({ path: '/admin/articles/12', status: 302, layer: 'next', kind: 'newsroom' });
    expect(await metrics.text()).toContain('dakarinfo_http_requests_total{kind="newsroom",status="302"} 1');
  });
});

describe('pure parts', () => {
  it('requestIdOf refuses what is not a plain token', () => {
    const req = (id?: string) => ({ headers: id === undefined ? {} : { 'x-request-id': id } }) as never;
    expect(requestIdOf(req('abcdefgh'))).toBe('abcdefgh');
    expect(requestIdOf(req('court'))).not.toBe('court');
    expect(requestIdOf(req('x'.repeat(200)))).toHaveLength(36);
    expect(requestIdOf(req())).toHaveLength(36);
  });

  it('routeKind and loggedPath', () => {
    expect(routeKind('/politique', 'redis')).toBe('page');
    expect(routeKind('/_assets/site.css', 'asset')).toBe('asset');
    expect(routeKind('/connexion', 'next')).toBe('newsroom');
    expect(routeKind('/api/auth/callback/credentials', undefined)).toBe('auth');
    expect(routeKind('/api/health', undefined)).toBe('api');
    expect(routeKind('/medias/a-640.webp', undefined)).toBe('media');
    expect(loggedPath('/recherche?page=2&q=mots&rubrique=sport', 'render')).toBe('/recherche?page=2&rubrique=sport');
    expect(loggedPath('/recherche?q=mots', 'render')).toBe('/recherche');
    expect(loggedPath('/admin?statut=brouillon', 'next')).toBe('/admin');
  });
});

describe('a cached page', () => {
  it('carries the request id in the one header object sendPage writes, without setHeader before it', async () => {
    const { sendPage } = await import('./responses');
    const body = Buffer.from('<p>page</p>');
    const page = {
      status: 200,
      headers: { 'content-type': 'text/html' },
      body,
      gzip: null,
      etag: '"e"',
      keys: ['layout'],
      storedAt: Date.now(),
    };
    const { base } = await serve((req, res) => {
      res.removeHeader('x-echo-id');
      res.removeHeader(REQUEST_ID_HEADER);
      sendPage(req, res, page, 'HIT');
    });
    const response = await fetch(`${base}/politique`, { headers: { 'x-request-id': 'varnish-424242' } });
    expect(response.headers.get('x-request-id')).toBe('varnish-424242');
    expect(await response.text()).toBe('<p>page</p>');
  });
});
