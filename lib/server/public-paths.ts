/** Which requests are public pages (readers' HTML), as opposed to assets, the API or the newsroom. */
const PRIVATE_PREFIXES = ['/_next/', '/api/', '/admin', '/connexion', '/apercu'];

export function isPublicPage(method: string | undefined, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (PRIVATE_PREFIXES.some((prefix) => pathname === prefix.replace(/\/$/, '') || pathname.startsWith(prefix))) return false;
  // Files (robots.txt, rss.xml, favicon.ico…) pass straight through.
  return !/\.[a-z0-9]+$/i.test(pathname);
}
