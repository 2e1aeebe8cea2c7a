import 'server-only';
import { redirect } from 'next/navigation';
import { accountGateOf, type TAccountGate } from '../data/account-gate';
import type { TSessionUser } from '../data/get-session-user';

/** The screen for each pending step (outside /admin, whose pages send people there). */
export const GATE_PATHS: Record<TAccountGate, string> = {
  password: '/connexion/nouveau-mot-de-passe',
  'two-factor': '/connexion/double-authentification',
};

export const GATE_MESSAGES: Record<TAccountGate, string> = {
  password: 'Votre mot de passe est provisoire\u00a0: choisissez le vôtre avant toute autre action (rechargez la page).',
  'two-factor':
    'La double authentification est obligatoire pour votre rôle\u00a0: activez-la avant toute autre action (rechargez la page).',
};

/** For newsroom pages (lib/auth/session.ts's requirePageUser): off to the pending step's screen, if any. */
export async function redirectIfGated(user: TSessionUser): Promise<void> {
  const gate = await accountGateOf(user.gate);
  if (gate) redirect(GATE_PATHS[gate]);
}

/** For server actions (requireActionUser): the French refusal while a step is pending, else null. */
export async function gateFailure(user: TSessionUser): Promise<{ ok: false; error: string; message: string } | null> {
  const gate = await accountGateOf(user.gate);
  return gate ? { ok: false, error: GATE_MESSAGES[gate], message: GATE_MESSAGES[gate] } : null;
}
