/**
 * The headers every response carries (next.config.js sends them with Next's answers; the Node layer
 * with the readers' pages it renders, lib/server/public-pages.ts).
 */
export const COMMON_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
];
