import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ProfileForm } from '@/app/admin/profil/ProfileForm';
import { SignOutButton } from '@/components/admin/SignOutButton';
import { chooseOwnPasswordAction } from '@/lib/actions/profile-actions';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { getCurrentUser } from '@/lib/auth/session';
import { findAccountGate } from '@/lib/data/account-gate';
import '../../admin/admin.css';
import '../../admin/profil/profil.css';

export const metadata: Metadata = { title: 'Choisissez votre mot de passe', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

const NBSP = '\u00a0';

/**
 * The first sign-in on a temporary password (an admin created the account or reset its password): the
 * person chooses their own here before anything else; every newsroom page sends them here until then.
 */
export default async function ChooseOwnPasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/connexion?callbackUrl=%2Fadmin');
  if ((await findAccountGate(user.id)) !== 'password') redirect('/admin');
  return (
    <div className="auth-page">
      <main id="contenu" className="auth-card auth-card-wide">
        <h1>Choisissez votre mot de passe</h1>
        <p className="brand-small">Rédaction de Dakarinfo · {user.email}</p>
        <p className="notice notice-info">
          Le mot de passe que vous avez reçu est provisoire{NBSP}: remplacez-le par un mot de passe que vous seul connaissez avant de continuer.
        </p>
        <ProfileForm
          idPrefix="premier"
          action={chooseOwnPasswordAction}
          submitLabel="Enregistrer et continuer"
          username={user.email}
          clearPasswords
          fields={[
            { name: 'currentPassword', label: 'Mot de passe provisoire', kind: 'password', autoComplete: 'current-password', required: true, maxLength: PASSWORD_MAX_LENGTH },
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
            { name: 'confirmPassword', label: 'Confirmation du nouveau mot de passe', kind: 'password', autoComplete: 'new-password', required: true, maxLength: PASSWORD_MAX_LENGTH },
          ]}
        />
        <p className="auth-aside">
          <SignOutButton />
        </p>
      </main>
    </div>
  );
}
