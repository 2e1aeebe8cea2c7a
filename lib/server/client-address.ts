import type { IncomingMessage } from 'node:http';

export const PROXY_WARNING =
  'Attention\u00a0: des requêtes arrivent avec un en-tête X-Forwarded-For, mais TRUST_PROXY n’est pas défini. ' +
  'Si un proxy inverse (nginx, Varnish, un CDN) est devant Dakarinfo, définissez TRUST_PROXY (le nombre de proxys, ' +
  'par exemple 1, ou leurs adresses)\u00a0: sinon tous les visiteurs partagent l’adresse du proxy, et la limitation ' +
  'des essais de connexion les bloque ensemble.';

/**
 * Which proxies in front of the server are trusted to write X-Forwarded-For (TRUST_PROXY):
 *   - unset, '' or 0: none (the socket's address is the client's);
 *   - a number N: the N hops nearest the server are proxies of ours (1: one nginx or Varnish);
 *   - a comma-separated list of addresses (`loopback` for 127.0.0.1 and ::1): those are ours.
 */
export type TTrustedProxies = { hops: number } | { addresses: ReadonlySet<string> } | null;

export function parseTrustProxy(value: string | undefined): TTrustedProxies {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text === 'false') return null;
  if (/^\d+$/.test(text)) return { hops: Math.min(Number(text), 32) };
  const addresses = new Set<string>();
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    if (entry === 'loopback') ['127.0.0.1', '::1'].forEach((address) => addresses.add(address));
    else addresses.add(plainAddress(entry));
  }
  return { addresses };
}

/** `::ffff:127.0.0.1` (an IPv4 client on a dual-stack socket) is 127.0.0.1. */
function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

export function isLoopback(address: string): boolean {
  const plain = plainAddress(address);
  return plain === '::1' || plain.startsWith('127.');
}

/**
 * The client address used by sign-in throttling, the audit log and per-client limits. Taken from the
 * socket unless TRUST_PROXY names the proxies in front of us. X-Forwarded-For is then read from the
 * right, as Express's `trust proxy` does: every proxy appends the address it received the request
 * from, so the entries a client wrote itself are on the left, and the leftmost is anyone's invention.
 * The client is the first address, from the right, that is not one of our proxies. A request that
 * carries that header while no proxy is trusted is worth one warning in the log: every reader then
 * shares the proxy's address.
 */
export function clientAddress(req: IncomingMessage, trusted: TTrustedProxies, warn: (message: string) => void): string {
  const socket = plainAddress(req.socket.remoteAddress ?? '');
  const forwarded = String(req.headers['x-forwarded-for'] ?? '');
  if (!trusted) {
    if (forwarded) warn(PROXY_WARNING);
    return socket;
  }
  const chain = [
    ...forwarded
      .split(',')
      .map((entry) => plainAddress(entry.trim()))
      .filter(Boolean),
    socket,
  ];
  if ('hops' in trusted) return chain[Math.max(0, chain.length - 1 - trusted.hops)] ?? socket;
  let index = chain.length - 1;
  while (index > 0 && trusted.addresses.has(chain[index] as string)) index -= 1;
  return chain[index] ?? socket;
}

/** Calls `log` the first time only. */
export function once(log: (message: string) => void): (message: string) => void {
  let said = false;
  return (message) => {
    if (said) return;
    said = true;
    log(message);
  };
}
