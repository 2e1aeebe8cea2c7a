/**
 * What the server says of its own workings — which layer answered (`x-cache-source`), how long a
 * render took (`Server-Timing`), the surrogate keys of a page (ids of stories and authors), how far
 * each read replica lags (`/api/health`) — is for the people who run it, not for every reader.
 * It goes to a client on this machine (loopback, after TRUST_PROXY is applied) or to one that sends
 * `Authorization: Bearer $DIAGNOSTICS_TOKEN`.
 */
import { timingSafeEqual } from 'node:crypto';
import { isLoopback } from './client-address';

/**
 * Set by lib/server/create-server.ts on every request ('1', or removed), overwriting anything a client
 * sent, so that Next's route handlers (/api/health) know without reading the token themselves.
 */
export const DIAGNOSTICS_HEADER = 'x-dakarinfo-diagnostics';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function diagnosticsAllowed(
  clientAddress: string,
  authorization: string | undefined,
  token = process.env.DIAGNOSTICS_TOKEN,
): boolean {
  if (isLoopback(clientAddress)) return true;
  if (!token || token.length < 16 || !authorization?.startsWith('Bearer ')) return false;
  return sameSecret(authorization.slice('Bearer '.length), token);
}
