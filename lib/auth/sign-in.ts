import 'server-only';
import { z } from 'zod';
import { recordAudit } from '../data/audit';
import { findUserForSignIn } from '../data/get-session-user';
import { recordLocksStarted, releaseAttempt, reserveAttempt, throttleKeys } from '../data/login-throttle';
import type { Role } from '../generated/prisma/enums';
import { hashAddress, logger } from '../log';
import { processBridge } from '../process-bridge';
import { hashPassword, verifyPassword } from './password';
import { checkSecondStep } from './second-step';
import { missingSignInFields } from './sign-in-fields';
import { signInLockoutMessage } from './lockout-message';

export const SIGN_IN_FAILED = 'Adresse électronique ou mot de passe incorrect.';

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().max(254).email(),
  password: z.string().min(1).max(1_000),
});

export type TSignedIn = { id: string; name: string; email: string; role: Role; tokenVersion: number };

/** Thrown with a French message that the sign-in page shows as it is. */
export class SignInError extends Error {}

let dummyHash: Promise<string> | undefined;

/**
 * A sign-in's outcome, for the people who run the site: counted in the metrics (lib/server/metrics.ts,
 * through the bridge) and logged with the account's id when known and the address as a digest only.
 */
function reportSignIn(outcome: 'success' | 'failure' | 'locked', ip: string | null, userId?: string) {
  processBridge().observe?.({ kind: 'sign-in', outcome });
  logger()[outcome === 'success' ? 'info' : 'warn'](
    { event: 'sign-in', outcome, userId, client: hashAddress(ip) },
    outcome === 'success' ? 'Connexion réussie' : outcome === 'locked' ? 'Connexion refusée (verrouillage)' : 'Connexion échouée',
  );
}

/**
 * Checks credentials with brute-force throttling shared through PostgreSQL. An unknown address and a
 * wrong password get the same message and the same work (a hash is verified either way); during a
 * lockout even the right password is refused, unverified. An empty field is named and not counted as
 * an attempt.
 */
export async function signIn(input: unknown, ip: string | null, now = new Date()): Promise<TSignedIn> {
  // An empty field is a form left incomplete, not an attempt: say which one, count nothing.
  const missing = missingSignInFields(input);
  if (missing.email || missing.password) throw new SignInError([missing.email, missing.password].filter(Boolean).join(' '));
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) throw new SignInError(SIGN_IN_FAILED);
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, ip);

  // Counted before the (slow) verification, so concurrent guesses cannot all start inside one window.
  const attempt = await reserveAttempt(keys, now);
  if (!attempt.granted) {
    reportSignIn('locked', ip);
    throw new SignInError(signInLockoutMessage(attempt.lockedUntil, now));
  }

  const user = await findUserForSignIn(email);
  dummyHash ??= hashPassword('mot-de-passe-factice-pour-egaliser-le-temps');
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !valid || !user.active) {
    await recordAudit({
      actorId: user?.id ?? null,
      action: 'auth.failure',
      targetType: user ? 'user' : undefined,
      targetId: user?.id,
      details: { email },
      ip,
    });
    await recordLocksStarted(attempt, { email, userId: user?.id ?? null, ip });
    reportSignIn(attempt.lockedUntil ? 'locked' : 'failure', ip, user?.id);
    throw new SignInError(attempt.lockedUntil ? signInLockoutMessage(attempt.lockedUntil, now) : SIGN_IN_FAILED);
  }

  // Two-step sign-in: with 2FA on, a right and unused code too (before the attempt is given back).
  const secondStep = await checkSecondStep(user.id, input, attempt, { email, userId: user.id, ip }, now);
  if (!secondStep.ok) {
    reportSignIn('failure', ip, user.id);
    throw new SignInError(secondStep.message);
  }

  await releaseAttempt(attempt, [keys[0] as string], now);
  await recordAudit({ actorId: user.id, action: 'auth.success', targetType: 'user', targetId: user.id, ip });
  reportSignIn('success', ip, user.id);
  return { id: user.id, name: user.name, email: user.email, role: user.role, tokenVersion: user.tokenVersion };
}
