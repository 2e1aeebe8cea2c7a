import { timingSafeEqual } from 'node:crypto';

/** Header carrying the per-process secret that the server's own timers use to call internal routes. */
export const INTERNAL_SECRET_HEADER = 'x-dakarinfo-internal';

export function isInternalCall(headerValue: string | null): boolean {
  const secret = process.env.DAKARINFO_INTERNAL_SECRET;
  if (!secret || !headerValue) return false;
  const a = Buffer.from(headerValue);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
