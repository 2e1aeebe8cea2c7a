import 'server-only';
import { randomUUID } from 'node:crypto';
import { throttleAddress } from '../auth/throttle-address';
import { Prisma } from '../generated/prisma/client';
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

/** The account's key, then the address's (an IPv6 address by its /64: lib/auth/throttle-address.ts). */
export function throttleKeys(email: string, ip: string | null): string[] {
  return [`email:${email.toLowerCase()}`, ...(ip ? [`ip:${throttleAddress(ip)}`] : [])];
}

/** Lock length after `failures` failures: 30 s, 1 min, 2 min… up to an hour (from `free` failures on). */
export function lockDuration(failures: number, free = FREE_ATTEMPTS): number {
  if (failures < free) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (failures - free), MAX_LOCK_MS);
}

const freeAttempts = (key: string) => (key.startsWith('ip:') ? ADDRESS_FREE_ATTEMPTS : FREE_ATTEMPTS);

/** lockDuration(1), lockDuration(2)… up to the longest lock: the SQL below picks from it, so the policy is written once. */
function lockSchedule(free: number): number[] {
  const schedule: number[] = [];
  for (let failures = 1; schedule.at(-1) !== MAX_LOCK_MS; failures += 1) schedule.push(lockDuration(failures, free));
  return schedule;
}

// Times go to PostgreSQL as epoch milliseconds and come back the same way: Prisma keeps DateTime as
// UTC in `timestamp(3)`, and this avoids any time zone conversion of a parameter.
const at = (date: Date) => Prisma.sql`(to_timestamp(${date.getTime()}::float8 / 1000) AT TIME ZONE 'UTC')`;
const ms = (column: Prisma.Sql) => Prisma.sql`(extract(epoch from ${column}) * 1000)::float8`;
const dateOrNull = (value: number | null) => (value === null ? null : new Date(value));

/**
 * One sign-in attempt (or a check of the current password in « Mon profil »), counted before any
 * password is verified. `granted`: the caller may verify, and it already counts as a failure on each
 * key (a success is released with releaseAttempt); `lockedUntil` is then the lock this very attempt
 * started, if it used up an allowance. Not granted: a key is locked, nothing is verified.
 */
export type TAttempt = { granted: true; reserved: TReservedKey[]; lockedUntil: Date | null } | { granted: false; lockedUntil: Date };
/** `lockId` names the lock this reservation starts, if it does (and then its journal row). */
type TReservedKey = { key: string; lockId: string; lockedUntil: Date | null };
type TGranted = Extract<TAttempt, { granted: true }>;

/**
 * Counts a refused attempt on every locked key, in one statement; the latest lock end, or null when
 * no key is locked. The journal row of each lock gets the new count (one row per lock, not per request).
 */
async function refuseIfLocked(keys: string[], now: Date): Promise<Date | null> {
  const rows = await db().$queryRaw<{ refused: number; lockAuditId: string | null; until: number }[]>`
    UPDATE "LoginThrottle" SET refused = refused + 1
    WHERE key = ANY(${keys}::text[]) AND "lockedUntil" > ${at(now)}
    RETURNING refused, "lockAuditId", ${ms(Prisma.sql`"lockedUntil"`)} AS until`;
  if (rows.length === 0) return null;
  for (const row of rows) {
    if (!row.lockAuditId) continue;
    // GREATEST: two refusals may update the row out of order; the count never goes back.
    await db().$executeRaw`
      UPDATE "AuditLog" SET details = jsonb_set(COALESCE(details, '{}'::jsonb), '{refused}',
        to_jsonb(GREATEST(COALESCE((details->>'refused')::int, 0), ${row.refused}::int)))
      WHERE id = ${row.lockAuditId}`;
  }
  return new Date(Math.max(...rows.map((row) => row.until)));
}

/**
 * Counts the attempt on `key` if the key is not locked, atomically: concurrent attempts queue on the
 * row, each sees the count the previous one left, and the one that uses up the allowance sets the
 * lock that refuses the next ones. Null when the key is locked.
 */
async function reserveKey(key: string, lockId: string, now: Date): Promise<{ lockedUntil: Date | null } | null> {
  const schedule = lockSchedule(freeAttempts(key));
  const next = Prisma.sql`(${schedule}::int[])[LEAST(t.failures + 1, ${schedule.length}::int)]`;
  const first = schedule[0] as number;
  const rows = await db().$queryRaw<{ until: number | null }[]>`
    INSERT INTO "LoginThrottle" AS t (key, failures, "lockedUntil", refused, "lockAuditId", "updatedAt")
    VALUES (${key}, 1, ${first > 0 ? Prisma.sql`${at(now)} + ${first}::int * interval '1 millisecond'` : null}, 0, ${first > 0 ? lockId : null}, ${at(now)})
    ON CONFLICT (key) DO UPDATE SET
      failures = t.failures + 1,
      "lockedUntil" = CASE WHEN ${next} > 0 THEN ${at(now)} + ${next} * interval '1 millisecond' END,
      refused = 0,
      "lockAuditId" = CASE WHEN ${next} > 0 THEN ${lockId} END,
      "updatedAt" = ${at(now)}
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= ${at(now)}
    RETURNING ${ms(Prisma.sql`"lockedUntil"`)} AS until`;
  const row = rows[0];
  return row ? { lockedUntil: dateOrNull(row.until) } : null;
}

/** Gives back an attempt counted on `key`: one failure less, and the lock it started, if any, lifted. */
async function releaseKey(key: string, lockId: string, now: Date): Promise<void> {
  await db().$executeRaw`
    UPDATE "LoginThrottle" SET failures = GREATEST(failures - 1, 0),
      "lockedUntil" = CASE WHEN "lockAuditId" = ${lockId} THEN NULL ELSE "lockedUntil" END,
      "lockAuditId" = CASE WHEN "lockAuditId" = ${lockId} THEN NULL ELSE "lockAuditId" END,
      "updatedAt" = ${at(now)}
    WHERE key = ${key}`;
}

/**
 * Reserves an attempt on every key (the account's, the address's) before a password is verified.
 * Shared by every instance (it is in PostgreSQL). Refused at once, and counted as refused, when a key
 * is locked; a reservation that loses a race with a lock on another key is given back.
 */
export async function reserveAttempt(keys: string[], now = new Date()): Promise<TAttempt> {
  const locked = await refuseIfLocked(keys, now);
  if (locked) return { granted: false, lockedUntil: locked };
  const reserved: TReservedKey[] = [];
  for (const key of keys) {
    const lockId = randomUUID();
    const row = await reserveKey(key, lockId, now);
    if (!row) {
      await Promise.all(reserved.map((r) => releaseKey(r.key, r.lockId, now)));
      const until = await refuseIfLocked(keys, now);
      return { granted: false, lockedUntil: until ?? new Date(now.getTime() + 1000) };
    }
    reserved.push({ key, lockId, lockedUntil: row.lockedUntil });
  }
  const ends = reserved.flatMap((r) => (r.lockedUntil ? [r.lockedUntil.getTime()] : []));
  return { granted: true, reserved, lockedUntil: ends.length ? new Date(Math.max(...ends)) : null };
}

/**
 * After the right password: the account's failures are forgotten (`clear`), the other keys get their
 * attempt back, so signing in never counts toward a lock.
 */
export async function releaseAttempt(attempt: TGranted, clear: string[], now = new Date()): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: { in: clear } } });
  await Promise.all(attempt.reserved.filter((r) => !clear.includes(r.key)).map((r) => releaseKey(r.key, r.lockId, now)));
}

export type TLockContext = { email: string; userId: string | null; ip: string | null; via?: 'profil' };

/**
 * After a wrong password whose attempt started locks: one « Connexion bloquée » journal row per lock,
 * whose `refused` the refusals during the window keep up to date. The row reads the count under the
 * throttle row's lock, so a refusal is never lost between the two.
 */
export async function recordLocksStarted(attempt: TGranted, context: TLockContext): Promise<void> {
  for (const { key, lockId, lockedUntil } of attempt.reserved) {
    if (!lockedUntil) continue;
    const byAddress = key.startsWith('ip:');
    const details = {
      ...(byAddress ? { address: key.slice(3) } : { email: context.email }),
      ...(context.via ? { via: context.via } : {}),
    };
    const userId = byAddress ? null : context.userId;
    await db().$executeRaw`
      INSERT INTO "AuditLog" (id, "actorId", action, "targetType", "targetId", details, ip, "createdAt")
      SELECT ${lockId}, NULL, 'auth.locked', ${userId ? 'user' : null}, ${userId},
        ${JSON.stringify(details)}::jsonb || jsonb_build_object('until', to_char(t."lockedUntil", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'failures', t.failures, 'refused', t.refused),
        ${context.ip}, now() AT TIME ZONE 'UTC'
      FROM "LoginThrottle" t WHERE t.key = ${key} AND t."lockAuditId" = ${lockId}
      FOR UPDATE OF t`;
  }
}
