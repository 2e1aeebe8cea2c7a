/**
 * The headers every response carries (next.config.js sends them with Next's answers; the direct
 * renderer of readers' stories, lib/render/article-document.tsx, with its own).
 */
export const COMMON_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
];
