import 'server-only';
import { db } from '../db';

/** Failures allowed on an account before its first lockout. */
export const FREE_ATTEMPTS = 5;
/**
 * Failures allowed from one address (over any accounts) before it is locked. Higher than an
 * account's: a newsroom behind one office router or proxy shares an address, and five typos among
 * its journalists must not lock them all out; spraying many accounts from one address is still
 * stopped after 20, then 30 s, 1 min, 2 min…
 */
export const ADDRESS_FREE_ATTEMPTS = 20;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 60 * 60_000;

export function throttleKeys(email: string, ip: string | null): string[] {
  return [`email:${email.toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];
}

/** Lock length after `failures` failures: 30 s, 1 min, 2 min… up to an hour (from `free` failures on). */
export function lockDuration(failures: number, free = FREE_ATTEMPTS): number {
  if (failures < free) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (failures - free), MAX_LOCK_MS);
}

/** The latest lockout end among the keys, if one is still running. Shared by every instance (it is in PostgreSQL). */
export async function findActiveLock(keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await db().loginThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  const ends = rows.map((r) => r.lockedUntil?.getTime() ?? 0);
  return ends.length ? new Date(Math.max(...ends)) : null;
}

/** Counts a failure on each key (atomically) and starts or lengthens its lockout. */
export async function recordLoginFailure(keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const row = await db().loginThrottle.upsert({
      where: { key },
      create: { key, failures: 1 },
      update: { failures: { increment: 1 } },
      select: { failures: true },
    });
    const duration = lockDuration(row.failures, key.startsWith('ip:') ? ADDRESS_FREE_ATTEMPTS : FREE_ATTEMPTS);
    if (duration > 0) await db().loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + duration) } });
  }
}

export async function clearLoginFailures(keys: string[]): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
