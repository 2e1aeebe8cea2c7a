import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { passwordChangeFields } from '@/app/admin/profil/password-fields';
import { ProfileForm } from '@/app/admin/profil/ProfileForm';
import { SignOutButton } from '@/components/admin/SignOutButton';
import { chooseOwnPasswordAction } from '@/lib/actions/profile-actions';
import { getCurrentUser } from '@/lib/auth/session';
import { accountGateOf } from '@/lib/data/account-gate';
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
  if ((await accountGateOf(user.gate)) !== 'password') redirect('/admin');
  return (
    <div className="auth-page">
      <main id="contenu" className="auth-card auth-card-wide">
        <h1>Choisissez votre mot de passe</h1>
        <p className="brand-small">Rédaction de Dakarinfo · {user.email}</p>
        <p className="notice notice-info">
          Le mot de passe que vous avez reçu est provisoire{NBSP}: remplacez-le par un mot de passe que vous seul connaissez avant de
          continuer.
        </p>
        <ProfileForm
          idPrefix="premier"
          action={chooseOwnPasswordAction}
          submitLabel="Enregistrer et continuer"
          username={user.email}
          clearPasswords
          fields={passwordChangeFields('Mot de passe provisoire')}
        />
        <p className="auth-aside">
          <SignOutButton />
        </p>
      </main>
    </div>
  );
}
