import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import type { TProfileField } from './ProfileForm';

const NBSP = '\u00a0';

/** The three fields of a password change (« Mon profil », the first sign-in's screen); `current` names the one being replaced. */
export function passwordChangeFields(current: string): TProfileField[] {
  return [
    {
      name: 'currentPassword',
      label: current,
      kind: 'password',
      autoComplete: 'current-password',
      required: true,
      maxLength: PASSWORD_MAX_LENGTH,
    },
    {
      name: 'newPassword',
      label: 'Nouveau mot de passe',
      kind: 'password',
      hint: `${PASSWORD_MIN_LENGTH}${NBSP}caractères au moins, difficile à deviner et sans votre nom. Une phrase de quelques mots se retient mieux qu’un mot compliqué.`,
      autoComplete: 'new-password',
      required: true,
      minLength: PASSWORD_MIN_LENGTH,
      maxLength: PASSWORD_MAX_LENGTH,
    },
    {
      name: 'confirmPassword',
      label: 'Confirmation du nouveau mot de passe',
      kind: 'password',
      autoComplete: 'new-password',
      required: true,
      maxLength: PASSWORD_MAX_LENGTH,
    },
  ];
}
