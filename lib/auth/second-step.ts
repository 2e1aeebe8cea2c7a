import 'server-only';
import { recordAudit } from '../data/audit';
import { findActiveLock, recordLoginFailure, throttleKeys } from '../data/login-throttle';
import { hasTwoFactor, consumeSecondFactor } from '../data/two-factor';
import { CODE_MISSING, CODE_REQUIRED, CODE_WRONG } from './second-step-messages';

export type TSecondStep = { ok: true } | { ok: false; message: string };

function retryMessage(until: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const wait = seconds < 60 ? `${seconds}\u00a0seconde${seconds > 1 ? 's' : ''}` : `${Math.ceil(seconds / 60)}\u00a0minute${seconds > 60 ? 's' : ''}`;
  return `Trop de tentatives de connexion. Réessayez dans ${wait}.`;
}

/**
 * The sign-in's second step, once the password is right (lib/auth/sign-in.ts calls it before it clears
 * the failures): nothing to do without two-step sign-in; without a code, CODE_REQUIRED (not a failed
 * attempt: the form asks for the code); a wrong or replayed code counts as a failed sign-in on the same
 * throttling keys as a wrong password, and is recorded in the audit log, as is a recovery code used.
 */
export async function checkSecondStep(userId: string, input: unknown, keys: string[], ip: string | null, now = new Date()): Promise<TSecondStep> {
  if (!(await hasTwoFactor(userId))) return { ok: true };
  const code = typeof input === 'object' && input !== null ? (input as Record<string, unknown>).code : undefined;
  if (typeof code !== 'string' || code.trim() === '') return { ok: false, message: CODE_REQUIRED };

  const result = await consumeSecondFactor(userId, code, now);
  if (result === 'totp' || result === 'off') return { ok: true };
  if (result === 'recovery') {
    await recordAudit({ actorId: userId, action: 'auth.2fa-recovery-used', targetType: 'user', targetId: userId, ip });
    return { ok: true };
  }
  await recordLoginFailure(keys, now);
  await recordAudit({ actorId: userId, action: 'auth.2fa-failure', targetType: 'user', targetId: userId, ip });
  const lock = await findActiveLock(keys, now);
  return { ok: false, message: lock ? retryMessage(lock, now) : CODE_WRONG };
}

/**
 * A signed-in person proves it is them with a current code (to turn two-step sign-in off): the same
 * check, throttling and audit as at sign-in, on their own account's keys.
 */
export async function checkOwnCode(user: { id: string; email: string }, code: string, ip: string | null, now = new Date()): Promise<TSecondStep> {
  const keys = throttleKeys(user.email, ip);
  const lockedUntil = await findActiveLock(keys, now);
  if (lockedUntil) return { ok: false, message: retryMessage(lockedUntil, now) };
  const result = await checkSecondStep(user.id, { code }, keys, ip, now);
  return !result.ok && result.message === CODE_REQUIRED ? { ok: false, message: CODE_MISSING } : result;
}
