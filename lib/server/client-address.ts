import type { IncomingMessage } from 'node:http';

export const PROXY_WARNING =
  'Attention\u00a0: des requêtes arrivent avec un en-tête X-Forwarded-For, mais TRUST_PROXY n’est pas défini. ' +
  'Si un proxy inverse (nginx, Varnish, un CDN) est devant Dakarinfo, définissez TRUST_PROXY=1\u00a0: sinon tous les ' +
  'visiteurs partagent l’adresse du proxy, et la limitation des essais de connexion les bloque ensemble.';

/**
 * The client address used by sign-in throttling. Taken from the socket, never from the client,
 * unless TRUST_PROXY=1 says a reverse proxy in front of us writes X-Forwarded-For. A request that
 * carries that header while it is not trusted is worth one warning in the log: every reader then
 * shares the proxy's address.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean, warn: (message: string) => void): string {
  const forwarded = String(req.headers['x-forwarded-for'] ?? '');
  if (trustProxy) {
    const first = forwarded.split(',')[0]?.trim();
    if (first) return first;
  } else if (forwarded) warn(PROXY_WARNING);
  return req.socket.remoteAddress ?? '';
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
