/**
 * Whether a request that changes who is signed in (next-auth's sign-in and sign-out POSTs) comes from
 * another site. Over plain http another page of the same host (another port) can set next-auth's CSRF
 * cookie, so the CSRF token alone does not prove where a sign-in came from; the browser's `Origin`
 * (or, without it, `Referer`) does. A request with neither (a script, the e2e helper) is let through:
 * browsers always send `Origin` on a cross-site POST.
 */
export const FOREIGN_ORIGIN_MESSAGE = 'Demande refusée\u00a0: elle doit venir d’une page de ce site.';

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** `ownUrls`: the site's configured addresses (NEXTAUTH_URL, SITE_URL); the request's own Host counts too. */
export function isForeignOrigin(headers: Headers, ownUrls: (string | undefined)[]): boolean {
  const claimed = headers.get('origin') ?? headers.get('referer');
  if (claimed === null) return false;
  const host = hostOf(claimed);
  if (!host) return true; // « null » (a sandboxed frame, a redirect from elsewhere) or garbage
  const own = new Set(ownUrls.map(hostOf).filter((h): h is string => h !== null));
  const requestHost = headers.get('x-forwarded-host') ?? headers.get('host');
  if (requestHost) own.add(requestHost.toLowerCase());
  return !own.has(host);
}
