/**
 * The site's public address, for everything that must be absolute: canonical links, OpenGraph,
 * JSON-LD, feeds, sitemaps, robots.txt. Read at request time (never inlined at build), so one build
 * serves any host: SITE_URL when set (the operator's word is final), else the address the admins
 * gave in « Réglages du site » (lib/site-settings.ts), else NEXTAUTH_URL (which `npm start` always
 * sets), else the local default. Never ends with a slash.
 */
import { siteIdentity } from './site-settings';

const DEFAULT_SITE_URL = 'http://localhost:3000';

export function siteUrl(): string {
  const configured = process.env.SITE_URL || siteIdentity().publicUrl || process.env.NEXTAUTH_URL || DEFAULT_SITE_URL;
  return configured.trim().replace(/\/+$/, '');
}

/** `/politique/un-article` → `https://example.org/politique/un-article`; `/` is the site's root. */
export function absoluteUrl(path: string): string {
  return joinUrl(siteUrl(), path);
}

/** The same from an explicit base (no trailing slash), for pure code that is given the base. */
export function joinUrl(base: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  if (path === '' || path === '/') return `${base}/`;
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
