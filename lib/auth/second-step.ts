import 'server-only';
import { recordAudit } from '../data/audit';
import { recordLocksStarted, releaseAttempt, reserveAttempt, throttleKeys, type TAttempt, type TLockContext } from '../data/login-throttle';
import { hasTwoFactor, consumeSecondFactor } from '../data/two-factor';
import { CODE_MISSING, CODE_REQUIRED, CODE_WRONG } from './second-step-messages';
import { signInLockoutMessage } from './lockout-message';

export type TSecondStep = { ok: true } | { ok: false; message: string };
type TGrantedAttempt = Extract<TAttempt, { granted: true }>;

/**
 * The sign-in's second step, once the password is right. `attempt` is the attempt lib/auth/sign-in.ts
 * counted before verifying the password (lib/data/login-throttle.ts): nothing to do without two-step
 * sign-in; without a code, CODE_REQUIRED and the attempt is given back (not a failed attempt: the form
 * asks for the code); a wrong or replayed code keeps it counted, like a wrong password, and is recorded
 * in the audit log, as is a recovery code used. On success the caller releases the attempt.
 */
export async function checkSecondStep(
  userId: string,
  input: unknown,
  attempt: TGrantedAttempt,
  context: TLockContext,
  now = new Date(),
): Promise<TSecondStep> {
  if (!(await hasTwoFactor(userId))) return { ok: true };
  const code = typeof input === 'object' && input !== null ? (input as Record<string, unknown>).code : undefined;
  if (typeof code !== 'string' || code.trim() === '') {
    await releaseAttempt(attempt, [], now);
    return { ok: false, message: CODE_REQUIRED };
  }

  const result = await consumeSecondFactor(userId, code, now);
  if (result === 'totp' || result === 'off') return { ok: true };
  if (result === 'recovery') {
    await recordAudit({ actorId: userId, action: 'auth.2fa-recovery-used', targetType: 'user', targetId: userId, ip: context.ip });
    return { ok: true };
  }
  await recordAudit({ actorId: userId, action: 'auth.2fa-failure', targetType: 'user', targetId: userId, ip: context.ip });
  await recordLocksStarted(attempt, context);
  return { ok: false, message: attempt.lockedUntil ? signInLockoutMessage(attempt.lockedUntil, now) : CODE_WRONG };
}

/**
 * A signed-in person proves it is them with a current code (to turn two-step sign-in off): the same
 * check, throttling (counted before the check) and audit as at sign-in, on their own account's keys.
 */
export async function checkOwnCode(
  user: { id: string; email: string },
  code: string,
  ip: string | null,
  now = new Date(),
): Promise<TSecondStep> {
  if (code.trim() === '') return { ok: false, message: CODE_MISSING };
  const keys = throttleKeys(user.email, ip);
  const attempt = await reserveAttempt(keys, now);
  if (!attempt.granted) return { ok: false, message: signInLockoutMessage(attempt.lockedUntil, now) };
  const result = await checkSecondStep(user.id, { code }, attempt, { email: user.email, userId: user.id, ip, via: 'profil' }, now);
  if (result.ok) await releaseAttempt(attempt, [], now);
  return result;
}
