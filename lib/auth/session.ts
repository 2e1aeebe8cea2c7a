import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { getSessionUser, type TSessionUser } from '../data/get-session-user';
import type { Role } from '../generated/prisma/enums';
import { gateFailure, redirectIfGated } from './account-gate';
import { authOptions } from './options';

export type { TSessionUser };

/**
 * The signed-in user, re-checked against the database (the session not ended, expired or idle; the
 * account active, with the same token version), or null. `activity: false`: this request is not the
 * person's doing (a heartbeat), so it does not count against the idle limit.
 */
export async function getCurrentUser({ activity = true }: { activity?: boolean } = {}): Promise<TSessionUser | null> {
  const session = (await getServerSession(authOptions)) as { user?: { id?: string; tv?: number; sid?: string } } | null;
  const userId = session?.user?.id;
  const tokenVersion = session?.user?.tv;
  const sessionId = session?.user?.sid;
  if (!userId || typeof tokenVersion !== 'number' || !sessionId) return null;
  return getSessionUser({ userId, tokenVersion, sessionId }, new Date(), activity);
}

/** For newsroom pages: the user, or a redirect to the sign-in page (then back here). */
export async function requirePageUser(callbackPath: string, roles?: Role[]): Promise<TSessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/connexion?callbackUrl=${encodeURIComponent(callbackPath)}`);
  await redirectIfGated(user);
  if (roles && !roles.includes(user.role)) redirect('/admin?erreur=droits');
  return user;
}

/** `message` is what forms show; `error` says the same, for callers that only check for a failure. */
export type TActionFailure = { ok: false; error: string; message: string; fieldErrors?: Record<string, string> };

export const SESSION_EXPIRED =
  'Votre session a expiré\u00a0: reconnectez-vous dans un autre onglet, puis enregistrez à nouveau (votre texte est conservé).';
export const FORBIDDEN = 'Vous n’avez pas les droits nécessaires pour cette action.';

/** For server actions: the user, or a French failure to return as it is (never a throw, never a redirect that loses a form). */
export async function requireActionUser(roles?: Role[]): Promise<{ ok: true; user: TSessionUser } | TActionFailure> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: SESSION_EXPIRED, message: SESSION_EXPIRED };
  const gated = await gateFailure(user);
  if (gated) return gated;
  if (roles && !roles.includes(user.role)) return { ok: false, error: FORBIDDEN, message: FORBIDDEN };
  return { ok: true, user };
}
