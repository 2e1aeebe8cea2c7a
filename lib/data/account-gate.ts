import 'server-only';
import { db } from '../db';
import { isTwoFactorRequiredFor } from './two-factor';

/**
 * What a signed-in person must do before anything else in the newsroom: choose their own password
 * (an admin gave them a temporary one), then, for editors and admins while the site requires it,
 * turn on two-step sign-in. Null when nothing is pending.
 */
export type TAccountGate = 'password' | 'two-factor';

export async function findAccountGate(userId: string): Promise<TAccountGate | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { mustChangePassword: true, role: true, totpSecret: true } });
  if (!user) return null;
  if (user.mustChangePassword) return 'password';
  if (!user.totpSecret && (await isTwoFactorRequiredFor(user.role))) return 'two-factor';
  return null;
}
