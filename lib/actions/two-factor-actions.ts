'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { CLIENT_IP_HEADER } from '../auth/client-ip';
import { GATE_MESSAGES } from '../auth/account-gate';
import { checkOwnCode } from '../auth/second-step';
import { getCurrentUser, requireActionUser, SESSION_EXPIRED } from '../auth/session';
import { accountGateOf } from '../data/account-gate';
import { confirmTotpEnrolment, disableOwnTwoFactor, isTwoFactorRequiredFor, TWO_FACTOR_MESSAGES } from '../data/two-factor';
import { failureFrom, formText, type TActionState } from './action-result';

/**
 * Two-step sign-in, from « Mon profil » or the enrolment screen an editor is sent to when the site
 * requires it. Always the session's own account; an `id` in the form is never read.
 */

export type TEnrolState = TActionState & { recoveryCodes?: string[] };

async function clientIp(): Promise<string | null> {
  try {
    return (await headers()).get(CLIENT_IP_HEADER) || null;
  } catch {
    return null;
  }
}

/**
 * Confirms enrolment with a first code from the app; answers the ten recovery codes, shown once. Allowed
 * while enrolment is the pending step (requireActionUser would refuse), not while a temporary password is.
 */
export async function confirmTwoFactorAction(_state: TEnrolState, form: FormData): Promise<TEnrolState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_EXPIRED };
  const gate = await accountGateOf(user.gate);
  if (gate === 'password') return { ok: false, message: GATE_MESSAGES.password };
  try {
    const recoveryCodes = await confirmTotpEnrolment(user.id, formText(form, 'code'), await clientIp());
    // No revalidation here: the page would re-render without the codes before they are read.
    return {
      ok: true,
      message: 'Double authentification activée. Notez vos codes de secours maintenant\u00a0: ils ne seront plus affichés.',
      recoveryCodes,
    };
  } catch (error) {
    return failureFrom(error);
  }
}

/** Turns two-step sign-in off, with a current code (or a recovery code); refused while the role requires it. */
export async function disableTwoFactorAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser();
  if (!auth.ok) return auth;
  try {
    // Before the code is checked (and used up): the role may not turn it off at all.
    if (await isTwoFactorRequiredFor(auth.user.role)) return { ok: false, message: TWO_FACTOR_MESSAGES.requiredForRole };
    const check = await checkOwnCode(auth.user, formText(form, 'code'), await clientIp());
    if (!check.ok) return { ok: false, message: check.message, fieldErrors: { code: check.message } };
    await disableOwnTwoFactor(auth.user, await clientIp());
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath('/admin/profil');
  return { ok: true, message: 'Double authentification désactivée.' };
}
