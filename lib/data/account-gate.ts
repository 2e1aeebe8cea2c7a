import 'server-only';
import { db } from '../db';
import type { Role } from '../generated/prisma/enums';
import { isTwoFactorRequiredFor } from './two-factor';

/**
 * What a signed-in person must do before anything else in the newsroom: choose their own password
 * (an admin gave them a temporary one), then, for editors and admins while the site requires it,
 * turn on two-step sign-in. Null when nothing is pending.
 */
export type TAccountGate = 'password' | 'two-factor';

/** What the gate reads of an account; the session's own read carries it (lib/data/get-session-user.ts). */
export type TGateFacts = { role: Role; mustChangePassword: boolean; hasTwoFactor: boolean };

/** The pending step of an account already read: the site setting is asked only of an unenrolled editor or admin. */
export async function accountGateOf(facts: TGateFacts): Promise<TAccountGate | null> {
  if (facts.mustChangePassword) return 'password';
  if (!facts.hasTwoFactor && (await isTwoFactorRequiredFor(facts.role))) return 'two-factor';
  return null;
}

/** The same, by id (screens that have only the id, tests). */
export async function findAccountGate(userId: string): Promise<TAccountGate | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { mustChangePassword: true, role: true, totpSecret: true } });
  return user
    ? accountGateOf({ role: user.role, mustChangePassword: user.mustChangePassword, hasTwoFactor: user.totpSecret !== null })
    : null;
}
