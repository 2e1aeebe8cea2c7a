import { isIPv4, isIPv6 } from 'node:net';

/**
 * The address sign-in throttling counts against. An IPv4 address as it is (also when the socket
 * reports it IPv4-mapped, `::ffff:10.0.0.1`); an IPv6 address by its /64, the block one subscriber
 * or host is given: otherwise every guess could come from a fresh address of the same block and the
 * per-address allowance would never be reached.
 */
export function throttleAddress(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped && isIPv4(mapped[1] as string)) return mapped[1] as string;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
