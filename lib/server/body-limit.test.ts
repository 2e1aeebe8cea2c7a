import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { limitRequestBody } from './body-limit';

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server whose handler reads the whole body into memory, as next-auth does. */
async function start(limit: number) {
  const seen = { bytes: 0, handled: false };
  server = createServer((req, res) => {
    limitRequestBody(req, res, limit, 'Requête trop volumineuse.');
    req.on('data', (chunk: Buffer) => (seen.bytes += chunk.length));
    req.on('end', () => {
      seen.handled = true;
      res.end('lu');
    });
    req.on('error', () => {});
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { port: (server!.address() as AddressInfo).port, seen };
}

/** Sends `total` bytes in chunks (no Content-Length), stops when the server answers or hangs up. */
function sendChunked(port: number, total: number, headers: Record<string, string> = {}) {
  return new Promise<{ status: number | null; body: string; sent: number; closed: boolean; writeError: boolean }>((resolve) => {
    let sent = 0;
    let writeError = false;
    let answered: { status: number | null; body: string } | null = null;
    const req = request(
      { port, host: '127.0.0.1', method: 'POST', path: '/', headers: { 'transfer-encoding': 'chunked', ...headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => (answered = { status: res.statusCode ?? null, body }));
        res.on('error', () => {});
      },
    );
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const finish = (closed: boolean) => resolve({ status: answered?.status ?? null, body: answered?.body ?? '', sent, closed, writeError });
    req.on('error', () => {
      writeError = true;
      setTimeout(() => finish(true), 50);
    });
    req.on('close', () => setTimeout(() => finish(true), 50));
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('limitRequestBody', () => {
  it('answers 413 to a chunked body past the limit, closes the connection, and never hands the excess to the handler', async () => {
    const { port, seen } = await start(1024 * 1024);
    const result = await sendChunked(port, 32 * 1024 * 1024);
    expect(result.status).toBe(413);
    expect(result.body).toBe('Requête trop volumineuse.');
    expect(result.closed).toBe(true);
    expect(seen.bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(seen.handled).toBe(false);
    // The client was cut off long before it could send it all.
    expect(result.sent).toBeLessThan(32 * 1024 * 1024);
  });

  it('lets a body within the limit through untouched', async () => {
    const { port, seen } = await start(1024 * 1024);
    const result = await sendChunked(port, 512 * 1024);
    expect(result.status).toBe(200);
    expect(result.body).toBe('lu');
    expect(seen.bytes).toBe(512 * 1024);
  });

  it('lets a client that sends a little too much finish writing and read its 413 (no broken pipe)', async () => {
    const { port, seen } = await start(1024 * 1024);
    const result = await sendChunked(port, 3 * 1024 * 1024);
    expect(result.status).toBe(413);
    expect(result.writeError).toBe(false);
    expect(seen.handled).toBe(false);
  });
});
