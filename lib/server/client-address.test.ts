import type { IncomingMessage } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { clientAddress, isLoopback, once, parseTrustProxy, PROXY_WARNING } from './client-address';

const request = (headers: Record<string, string>, remoteAddress = '10.0.0.5') =>
  ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;
const oneProxy = parseTrustProxy('1');

describe('clientAddress', () => {
  it('takes the socket’s address, whatever the client claims, unless a proxy is trusted', () => {
    const warn = vi.fn();
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.9' }), null, warn)).toBe('10.0.0.5');
    expect(clientAddress(request({}), oneProxy, warn)).toBe('10.0.0.5');
  });

  it('behind one proxy, takes the address that proxy appended (the rightmost), not what the client wrote on the left', () => {
    const warn = vi.fn();
    // The proxy received the request from 198.51.100.7 and appended it; the client had written 1.2.3.4.
    expect(clientAddress(request({ 'x-forwarded-for': '1.2.3.4, 198.51.100.7' }), oneProxy, warn)).toBe('198.51.100.7');
    expect(clientAddress(request({ 'x-forwarded-for': '198.51.100.7' }), oneProxy, warn)).toBe('198.51.100.7');
    // A random forged address per request changes nothing: the throttle sees the same client.
    for (const forged of ['9.9.9.9', '8.8.8.8, 7.7.7.7', 'nimporte quoi']) {
      expect(clientAddress(request({ 'x-forwarded-for': `${forged}, 198.51.100.7` }), oneProxy, warn)).toBe('198.51.100.7');
    }
  });

  it('counts hops from the right: two proxies (a CDN, then nginx)', () => {
    const two = parseTrustProxy('2');
    expect(clientAddress(request({ 'x-forwarded-for': '1.2.3.4, 198.51.100.7, 172.16.0.9' }), two, vi.fn())).toBe('198.51.100.7');
    // Fewer entries than hops: the leftmost there is.
    expect(clientAddress(request({ 'x-forwarded-for': '198.51.100.7' }), two, vi.fn())).toBe('198.51.100.7');
  });

  it('with a list of trusted addresses, skips those from the right', () => {
    const list = parseTrustProxy('loopback, 10.0.0.5, 10.0.0.6');
    expect(clientAddress(request({ 'x-forwarded-for': '1.2.3.4, 198.51.100.7, 10.0.0.6' }), list, vi.fn())).toBe('198.51.100.7');
    // A request that did not come through a trusted proxy: its header is the client's own words.
    expect(clientAddress(request({ 'x-forwarded-for': '1.2.3.4' }, '203.0.113.50'), list, vi.fn())).toBe('203.0.113.50');
    expect(clientAddress(request({ 'x-forwarded-for': '198.51.100.7' }, '::ffff:127.0.0.1'), list, vi.fn())).toBe('198.51.100.7');
  });

  it('warns, once, when requests come through a proxy that is not trusted', () => {
    const log = vi.fn();
    const warn = once(log);
    clientAddress(request({}), null, warn);
    expect(log).not.toHaveBeenCalled();
    clientAddress(request({ 'x-forwarded-for': '203.0.113.9' }), null, warn);
    clientAddress(request({ 'x-forwarded-for': '203.0.113.10' }), null, warn);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(PROXY_WARNING);
    // Trusted: nothing to say.
    const trusted = vi.fn();
    clientAddress(request({ 'x-forwarded-for': '203.0.113.9' }), oneProxy, trusted);
    expect(trusted).not.toHaveBeenCalled();
  });
});

describe('parseTrustProxy', () => {
  it('reads nothing, a hop count, or a list', () => {
    expect(parseTrustProxy(undefined)).toBeNull();
    expect(parseTrustProxy('')).toBeNull();
    expect(parseTrustProxy('0')).toBeNull();
    expect(parseTrustProxy('1')).toEqual({ hops: 1 });
    expect(parseTrustProxy('127.0.0.1, ::ffff:10.0.0.2')).toEqual({ addresses: new Set(['127.0.0.1', '10.0.0.2']) });
  });
});

describe('isLoopback', () => {
  it('knows this machine’s own addresses', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('10.0.0.1')).toBe(false);
    expect(isLoopback('')).toBe(false);
  });
});
