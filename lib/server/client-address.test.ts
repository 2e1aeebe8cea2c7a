import type { IncomingMessage } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { clientAddress, once, PROXY_WARNING } from './client-address';

const request = (headers: Record<string, string>, remoteAddress = '10.0.0.5') => ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('takes the socket’s address, whatever the client claims, unless the proxy is trusted', () => {
    const warn = vi.fn();
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.9' }), false, warn)).toBe('10.0.0.5');
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }), true, warn)).toBe('203.0.113.9');
    expect(clientAddress(request({}), true, warn)).toBe('10.0.0.5');
  });

  it('warns, once, when requests come through a proxy that is not trusted', () => {
    const log = vi.fn();
    const warn = once(log);
    clientAddress(request({}), false, warn);
    expect(log).not.toHaveBeenCalled();
    clientAddress(request({ 'x-forwarded-for': '203.0.113.9' }), false, warn);
    clientAddress(request({ 'x-forwarded-for': '203.0.113.10' }), false, warn);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(PROXY_WARNING);
    // Trusted: nothing to say.
    const trusted = vi.fn();
    clientAddress(request({ 'x-forwarded-for': '203.0.113.9' }), true, trusted);
    expect(trusted).not.toHaveBeenCalled();
  });
});
