'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { generatePassword } from '../auth/password';
import { requireActionUser } from '../auth/session';
import { invalidatePublicChange } from '../cache/invalidate';
import { keyFor } from '../cache/keys';
import {
  changeUserRole,
  createUserAccount,
  deactivateUserAccount,
  reactivateUserAccount,
  resetUserPassword,
  resetUserTwoFactor,
} from '../data/manage-users';
import { setTwoFactorRequired } from '../data/site-settings';
import { failureFrom, formText, type TActionState } from './action-result';

const ADMIN = ['ADMIN'] as const;
const ZId = z.string().min(1).max(40);

export async function createUserAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...ADMIN]);
  if (!auth.ok) return auth;
  const password = generatePassword();
  try {
    const user = await createUserAccount(auth.user, {
      email: formText(form, 'email'),
      name: formText(form, 'name'),
      role: formText(form, 'role'),
      password,
    });
    revalidatePath('/admin/utilisateurs');
    return {
      ok: true,
      message: `Compte créé pour ${user.email}. Mot de passe provisoire, à transmettre de vive voix (la personne choisira le sien à sa première connexion)\u00a0: ${password}`,
    };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function changeRoleAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...ADMIN]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  try {
    await changeUserRole(auth.user, id.data, formText(form, 'role'));
    revalidatePath('/admin/utilisateurs');
    return { ok: true, message: 'Rôle modifié\u00a0: il s’applique immédiatement (ses sessions en cours sont fermées).' };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function toggleActiveAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...ADMIN]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  const activate = formText(form, 'activate') === '1';
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  try {
    if (activate) await reactivateUserAccount(auth.user, id.data);
    else await deactivateUserAccount(auth.user, id.data);
    // Their author page appears or goes when they have nothing published (getAuthorPage).
    invalidatePublicChange({ keys: [keyFor.authorList(id.data)] });
    revalidatePath('/admin/utilisateurs');
    return { ok: true, message: activate ? 'Compte réactivé.' : 'Compte désactivé\u00a0: ses sessions sont fermées.' };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function resetPasswordAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...ADMIN]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  const password = generatePassword();
  try {
    await resetUserPassword(auth.user, id.data, password);
    revalidatePath('/admin/utilisateurs');
    return { ok: true, message: `Nouveau mot de passe provisoire (à changer à la prochaine connexion)\u00a0: ${password}` };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function resetTwoFactorAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...ADMIN]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  try {
    await resetUserTwoFactor(auth.user, id.data);
    revalidatePath('/admin/utilisateurs');
    return { ok: true, message: 'Double authentification réinitialisée\u00a0: ses sessions sont fermées.' };
  } catch (error) {
    return failureFrom(error);
  }
}

/** The site setting: two-step sign-in required for editors and admins (or not). */
export async function setTwoFactorRequiredAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...ADMIN]);
  if (!auth.ok) return auth;
  const required = z.enum(['0', '1']).safeParse(formText(form, 'required'));
  if (!required.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  try {
    await setTwoFactorRequired(auth.user, required.data === '1');
  } catch (error) {
    return failureFrom(error);
  }
  revalidatePath('/admin/utilisateurs');
  return {
    ok: true,
    message:
      required.data === '1'
        ? 'Double authentification obligatoire pour les éditeurs et administrateurs\u00a0: ceux qui ne l’ont pas l’activeront à leur prochaine page.'
        : 'Double authentification facultative pour tous.',
  };
}
