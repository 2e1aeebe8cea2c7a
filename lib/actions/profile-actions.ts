'use server';

import { revalidatePath } from 'next/cache';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { decode, encode } from 'next-auth/jwt';
import { CLIENT_IP_HEADER } from '../auth/client-ip';
import { authOptions, SESSION_COOKIE, SESSION_MAX_AGE } from '../auth/options';
import { getCurrentUser, requireActionUser, SESSION_EXPIRED, type TSessionUser } from '../auth/session';
import { accountGateOf } from '../data/account-gate';
import { invalidatePublicChange } from '../cache/invalidate';
import { logger } from '../log';
import { changeOwnPassword, updateOwnProfile, ZOwnPassword, ZOwnProfile } from '../data/own-profile';
import { fieldErrors } from '../validation/article';
import { failureFrom, formText, type TActionState } from './action-result';

/**
 * « Mon profil »: every signed-in member, whatever their role, changes their own name, presentation
 * and password. The account is always the session's: an `id` in the form is never read.
 */

const NBSP = '\u00a0';
/** Keys per purge: about 7 kB of `xkey-purge` header, under Varnish's default 8 kB. */
const PURGE_BATCH = 200;

async function clientIp(): Promise<string | null> {
  try {
    return (await headers()).get(CLIENT_IP_HEADER) || null;
  } catch {
    return null;
  }
}

function invalid(error: Parameters<typeof fieldErrors>[0]): TActionState {
  const errors = fieldErrors(error);
  return { ok: false, message: Object.values(errors)[0] ?? 'Saisie invalide.', fieldErrors: errors };
}

export async function updateOwnProfileAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser();
  if (!auth.ok) return auth;
  const parsed = ZOwnProfile.safeParse({ name: formText(form, 'name'), bio: formText(form, 'bio') });
  if (!parsed.success) return invalid(parsed.error);
  try {
    const { changed, change } = await updateOwnProfile(auth.user, parsed.data, await clientIp());
    if (!changed) return { ok: true, message: `Rien à enregistrer${NBSP}: votre profil est déjà à jour.` };
    // After the commit: the author page, and for a new name every page showing one of their stories,
    // in batches (a prolific author's keys would not fit one CDN purge request's header).
    for (let start = 0; start < change.keys.length; start += PURGE_BATCH)
      invalidatePublicChange({ keys: change.keys.slice(start, start + PURGE_BATCH) });
  } catch (error) {
    return failureFrom(error);
  }
  // The newsroom header shows the name.
  revalidatePath('/admin', 'layout');
  return { ok: true, message: `Profil enregistré${NBSP}: votre page d’auteur est à jour.` };
}

/**
 * The session that made the change carries the new token version, so it stays open while every other
 * one ends: its JWT is re-issued with the same contents and the same expiry, only `tv` changed.
 * False when that cannot be done (no readable session cookie): the user then signs in again.
 */
async function keepCurrentSession(user: { id: string; sessionId: string }, tokenVersion: number): Promise<boolean> {
  const secret = authOptions.secret ?? process.env.NEXTAUTH_SECRET;
  if (!secret) return false;
  try {
    const store = await cookies();
    // The cookie next-auth itself reads (`__Secure-` exactly when the site is https: authOptions.useSecureCookies),
    // never a stale one of the other name.
    const name = SESSION_COOKIE;
    if (!store.get(name)?.value) return false;
    const token = await decode({ token: store.get(name)?.value, secret });
    // The same sign-in (its session row, kept open by changeOwnPassword), the same user.
    if (!token || token.uid !== user.id || token.sid !== user.sessionId) return false;
    const remaining = typeof token.exp === 'number' ? Math.floor(token.exp - Date.now() / 1000) : SESSION_MAX_AGE;
    if (remaining <= 0) return false;
    const maxAge = Math.min(remaining, SESSION_MAX_AGE);
    // encode() sets iat, exp (now + maxAge: the old expiry) and a new jti over the old ones.
    store.set(name, await encode({ token: { ...token, tv: tokenVersion }, secret, maxAge }), {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: name.startsWith('__Secure-'),
      maxAge,
    });
    return true;
  } catch (error) {
    logger().error({ event: 'action', err: error }, 'Session non renouvelée après changement de mot de passe');
    return false;
  }
}

/** The password form's change for `user`: its new token version, or the French failure to show. */
async function changePasswordFrom(user: TSessionUser, form: FormData): Promise<{ tokenVersion: number } | TActionState> {
  const parsed = ZOwnPassword.safeParse({
    currentPassword: formText(form, 'currentPassword'),
    newPassword: formText(form, 'newPassword'),
    confirmPassword: formText(form, 'confirmPassword'),
  });
  if (!parsed.success) return invalid(parsed.error);
  try {
    return await changeOwnPassword(user, parsed.data, await clientIp());
  } catch (error) {
    return failureFrom(error);
  }
}

export async function changeOwnPasswordAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser();
  if (!auth.ok) return auth;
  const changed = await changePasswordFrom(auth.user, form);
  if (!('tokenVersion' in changed)) return changed;
  if (!(await keepCurrentSession(auth.user, changed.tokenVersion))) {
    return { ok: true, message: `Mot de passe changé${NBSP}: reconnectez-vous avec le nouveau.` };
  }
  return { ok: true, message: `Mot de passe changé${NBSP}: vos autres sessions sont fermées, celle-ci reste ouverte.` };
}

/**
 * The first sign-in with a temporary password (/connexion/nouveau-mot-de-passe): the same change as
 * above, under the same policy, for the one person requireActionUser turns away until it is done.
 * Then on to the newsroom (which sends an editor on to two-step enrolment when the site requires it).
 */
export async function chooseOwnPasswordAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_EXPIRED };
  if ((await accountGateOf(user.gate)) !== 'password') redirect('/admin');
  const changed = await changePasswordFrom(user, form);
  if (!('tokenVersion' in changed)) return changed;
  if (!(await keepCurrentSession(user, changed.tokenVersion))) redirect('/connexion?callbackUrl=%2Fadmin');
  redirect('/admin');
}
