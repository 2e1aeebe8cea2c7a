import 'server-only';
import { db } from '../db';

/** Failures allowed before the first lockout. */
export const FREE_ATTEMPTS = 5;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 60 * 60_000;

export function throttleKeys(email: string, ip: string | null): string[] {
  return [`email:${email.toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];
}

/** Lock length after `failures` failures: 30 s, 1 min, 2 min… up to an hour. */
export function lockDuration(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_MS);
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
    const duration = lockDuration(row.failures);
    if (duration > 0) await db().loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + duration) } });
  }
}

export async function clearLoginFailures(keys: string[]): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
