import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignOutButton } from '@/components/admin/SignOutButton';
import { TwoFactorEnrolment } from '@/components/admin/TwoFactorEnrolment';
import { GATE_PATHS } from '@/lib/auth/account-gate';
import { getCurrentUser } from '@/lib/auth/session';
import { groupSecret } from '@/lib/auth/two-factor';
import { totpQrSvg } from '@/lib/auth/two-factor-qr';
import { accountGateOf } from '@/lib/data/account-gate';
import { ensurePendingTotpSecret } from '@/lib/data/two-factor';
import '../../admin/admin.css';

export const metadata: Metadata = { title: 'Double authentification', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

/**
 * Where an editor or admin without two-step sign-in is sent, after sign-in, while the site requires it
 * (an admin's setting): enrolment before anything else in the newsroom.
 */
export default async function RequiredEnrolmentPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/connexion?callbackUrl=%2Fadmin');
  const gate = await accountGateOf(user.gate);
  if (gate === 'password') redirect(GATE_PATHS.password);
  if (gate !== 'two-factor') redirect('/admin');
  const pending = await ensurePendingTotpSecret(user.id);
  if (!pending) redirect('/admin');
  return (
    <div className="auth-page">
      <main id="contenu" className="auth-card auth-card-wide">
        <h1>Double authentification</h1>
        <p className="brand-small">Rédaction de Dakarinfo · {user.email}</p>
        <p className="notice notice-info">
          Votre rôle permet de publier pour tout le pays{'\u00a0'}: à chaque connexion, un code à 6{'\u00a0'}chiffres affiché par votre
          téléphone vous sera demandé en plus du mot de passe.
        </p>
        <TwoFactorEnrolment
          qrSvg={await totpQrSvg(pending.secret, pending.email)}
          secret={groupSecret(pending.secret)}
          continueHref="/admin"
          continueLabel="Continuer vers la rédaction"
        />
        <p className="auth-aside">
          <SignOutButton />
        </p>
      </main>
    </div>
  );
}
