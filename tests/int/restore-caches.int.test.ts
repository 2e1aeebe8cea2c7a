import { createServer, type AddressInfo, type Server } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearCachesAfterRestore, emptyCdn } from '../../lib/ops/restore-caches';
import { tcpReachable } from '../support/reachable';

/** After `npm run restore`: the shared caches, the running instances, then the CDN, in that order. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUp = await tcpReachable(REDIS_URL, 6379);

let cdn: Server;
let cdnUrl = '';
const received: { method: string; at: number }[] = [];

function recorder() {
  const lines: string[] = [];
  return { lines, out: { log: (m: string) => lines.push(m), error: (m: string) => lines.push(m) } };
}

beforeAll(async () => {
  // A bare TCP stand-in: Node's HTTP parser refuses methods it does not know, such as BAN.
  cdn = createServer((socket) => {
    socket.once('data', (chunk) => {
      received.push({ method: chunk.toString('latin1').split(' ')[0] ?? '', at: Date.now() });
      socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok');
    });
  });
  await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  cdnUrl = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => cdn.close(() => resolve())));

describe('the caches after a restore', () => {
  it.skipIf(!redisUp)('with Redis: the instances are told first, then the CDN is emptied with one BAN', async () => {
    received.length = 0;
    const prefix = `dakarinfo-restore-test-${process.pid}:`;
    const instance = new Redis(REDIS_URL);
    let toldAt = 0;
    await instance.subscribe(`${prefix}purge`);
    instance.on('message', (_channel: string, message: string) => {
      if ((JSON.parse(message) as { all?: boolean }).all) toldAt = Date.now();
    });
    try {
      const { lines, out } = recorder();
      expect(await clearCachesAfterRestore({ REDIS_URL, REDIS_PREFIX: prefix, PURGE_URL: cdnUrl }, out)).toBe(true);
      expect(received.map((r) => r.method)).toEqual(['BAN']);
      await expect.poll(() => toldAt).toBeGreaterThan(0);
      expect(received[0]?.at).toBeGreaterThanOrEqual(toldAt);
      expect(lines.join('\n')).toContain('1 instance(s) en marche');
      expect(lines.join('\n')).toContain('Cache HTTP vidé');
    } finally {
      instance.disconnect();
    }
  });

  it('without Redis: nothing is emptied behind running instances; the page says to restart, then how to empty the CDN', async () => {
    received.length = 0;
    const { lines, out } = recorder();
    expect(await clearCachesAfterRestore({ PURGE_URL: cdnUrl }, out)).toBe(true);
    expect(received).toEqual([]);
    expect(lines.join('\n')).toMatch(/Redémarrez le site[\s\S]*npm run restore -- --vider-cdn/);
    expect(await emptyCdn(cdnUrl, out)).toBe(true);
    expect(received.map((r) => r.method)).toEqual(['BAN']);
  });

  it('a CDN that does not answer is reported in French, and the restore says it failed', async () => {
    const { lines, out } = recorder();
    expect(await emptyCdn('http://127.0.0.1:1/', out)).toBe(false);
    expect(lines.join('\n')).toContain('Le cache HTTP (PURGE_URL) n’a pas pu être vidé');
  });
});
