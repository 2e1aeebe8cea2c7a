import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createBoundedServer, httpLimitsFromEnv } from './http-server';

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Writes `parts` one by one, `gapMs` apart, and says when and how the server ended the connection. */
function trickle(port: number, parts: string[], gapMs: number) {
  return new Promise<{ answer: string; closedAfterMs: number }>((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => {});
    socket.on('close', () => resolve({ answer, closedAfterMs: Date.now() - started }));
    let index = 0;
    const next = () => {
      if (socket.destroyed || index >= parts.length) return;
      socket.write(parts[index++] as string);
      setTimeout(next, gapMs);
    };
    next();
  });
}

async function start(limits = { headersTimeoutMs: 500, requestTimeoutMs: 1_000, checkIntervalMs: 100 }) {
  server = createBoundedServer(limits, (req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('createBoundedServer', () => {
  it('closes a connection whose headers never end (408), instead of holding it forever', async () => {
    const port = await start();
    const slow = Array.from({ length: 100 }, (_, i) => (i === 0 ? 'GET / HTTP/1.1\r\nHost: x\r\n' : `X-Lent-${i}: a\r\n`));
    const { answer, closedAfterMs } = await trickle(port, slow, 100);
    expect(answer).toContain('408');
    expect(closedAfterMs).toBeLessThan(3_000);
  });

  it('closes a connection whose body trickles past the request timeout', async () => {
    const port = await start();
    const body = ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n', ...Array.from({ length: 100 }, () => '1\r\na\r\n')];
    const { closedAfterMs } = await trickle(port, body, 100);
    expect(closedAfterMs).toBeLessThan(3_000);
  });

  it('takes its limits from the environment, within bounds', () => {
    expect(httpLimitsFromEnv()).toEqual({ headersTimeoutMs: 20_000, requestTimeoutMs: 120_000, checkIntervalMs: 1_000 });
  });
});
