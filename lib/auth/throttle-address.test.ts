import { describe, expect, it } from 'vitest';
import { throttleAddress } from './throttle-address';

describe('throttleAddress', () => {
  it('keeps an IPv4 address, also IPv4-mapped', () => {
    expect(throttleAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address by its /64: the addresses of one block share one allowance', () => {
    expect(throttleAddress('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(throttleAddress('2001:0db8:0001:0002:0:0:0:1')).toBe('2001:db8:1:2::/64');
    expect(throttleAddress('2001:db8:1:2::99')).toBe('2001:db8:1:2::/64');
    expect(throttleAddress('2001:DB8::1')).toBe('2001:db8:0:0::/64');
    expect(throttleAddress('::1')).toBe('0:0:0:0::/64');
    expect(throttleAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('leaves anything else as it is', () => {
    expect(throttleAddress('inconnue')).toBe('inconnue');
  });
});
