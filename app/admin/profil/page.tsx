import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ActionForm } from '@/components/admin/ActionForm';
import { TwoFactorEnrolment } from '@/components/admin/TwoFactorEnrolment';
import { changeOwnPasswordAction, updateOwnProfileAction } from '@/lib/actions/profile-actions';
import { disableTwoFactorAction } from '@/lib/actions/two-factor-actions';
import { groupSecret } from '@/lib/auth/two-factor';
import { totpQrSvg } from '@/lib/auth/two-factor-qr';
import { ensurePendingTotpSecret, getTwoFactorStatus, isTwoFactorRequiredFor } from '@/lib/data/two-factor';
import { formatDate } from '@/lib/french/dates';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { BIO_MAX_LENGTH, getOwnProfile } from '@/lib/data/own-profile';
import { NAME_MAX_LENGTH } from '@/lib/ops/user-admin';
import { passwordChangeFields } from './password-fields';
import { ProfileForm } from './ProfileForm';
import './profil.css';

export const metadata: Metadata = { title: 'Mon profil' };

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** « Mon profil »: every member of the newsroom, whatever their role, manages their own account here. */
export default async function ProfilePage() {
  const me = await requirePageUser('/admin/profil');
  const profile = await getOwnProfile(me);
  if (!profile) redirect('/connexion?callbackUrl=%2Fadmin%2Fprofil');
  const authorPath = `/auteurs/${profile.slug}`;
  const twoFactor = await getTwoFactorStatus(me.id);
  const required = await isTwoFactorRequiredFor(me.role);
  const pending = twoFactor.enabled ? null : await ensurePendingTotpSecret(me.id);
  return (
    <>
      <h1>Mon profil</h1>
      <p className="profile-account">
        {profile.email} · {ROLE_LABELS[me.role]} · page d’auteur{NBSP}:{' '}
        <a href={authorPath} target="_blank" rel="noopener">
          {authorPath} ↗
        </a>
      </p>
      <div className="profile-panels">
        <section className="panel" aria-labelledby="profil-informations">
          <h2 id="profil-informations">Informations</h2>
          <ProfileForm
            idPrefix="profil"
            action={updateOwnProfileAction}
            submitLabel="Enregistrer"
            fields={[
              {
                name: 'name',
                label: 'Nom affiché',
                kind: 'text',
                defaultValue: profile.name,
                hint: 'Signature de vos articles et titre de votre page d’auteur. L’adresse de la page ne change pas.',
                autoComplete: 'name',
                required: true,
                maxLength: NAME_MAX_LENGTH,
                counter: true,
              },
              {
                name: 'bio',
                label: 'Présentation',
                kind: 'textarea',
                defaultValue: profile.bio,
                hint: 'Quelques lignes affichées sous votre nom, sur votre page d’auteur publique.',
                maxLength: BIO_MAX_LENGTH,
                rows: 5,
                counter: true,
              },
            ]}
          />
        </section>
        <section className="panel" aria-labelledby="profil-mot-de-passe">
          <h2 id="profil-mot-de-passe">Mot de passe</h2>
          <p className="field-hint profile-intro">
            Vos autres sessions (autres navigateurs, autres appareils) seront fermées{NNBSP}; celle-ci reste ouverte.
          </p>
          <ProfileForm
            idPrefix="mdp"
            action={changeOwnPasswordAction}
            submitLabel="Changer le mot de passe"
            username={profile.email}
            clearPasswords
            fields={passwordChangeFields('Mot de passe actuel')}
          />
        </section>
        <section className="panel" aria-labelledby="profil-2fa">
          <h2 id="profil-2fa">Double authentification</h2>
          {twoFactor.enabled ? (
            <>
              <p className="profile-intro">
                Activée depuis le {formatDate(twoFactor.enabledAt as Date)}
                {NBSP}: un code de votre application vous est demandé à chaque connexion. Codes de secours restants{NBSP}:{' '}
                {twoFactor.recoveryLeft}.
              </p>
              {required ? (
                <p className="field-hint">
                  Obligatoire pour votre rôle{NNBSP}; en cas de téléphone perdu, un administrateur peut la réinitialiser.
                </p>
              ) : (
                <ActionForm
                  action={disableTwoFactorAction}
                  submitLabel="Désactiver"
                  buttonClassName="button button-danger"
                  confirm="Désactiver la double authentification ?"
                >
                  <div className="field">
                    <label htmlFor="profil-2fa-code">Code actuel (ou code de secours)</label>
                    <input
                      id="profil-2fa-code"
                      name="code"
                      type="text"
                      inputMode="numeric"
                      autoComplete="one-time-code"
                      maxLength={64}
                      spellCheck={false}
                      required
                    />
                  </div>
                </ActionForm>
              )}
            </>
          ) : pending ? (
            <>
              <p className="profile-intro">
                {required
                  ? 'Obligatoire pour votre rôle.'
                  : `Facultative pour votre rôle, et recommandée${NBSP}: même si quelqu’un apprend votre mot de passe, il lui faudra aussi votre téléphone.`}
              </p>
              <details className="totp-details">
                <summary>Activer la double authentification</summary>
                <TwoFactorEnrolment
                  qrSvg={await totpQrSvg(pending.secret, pending.email)}
                  secret={groupSecret(pending.secret)}
                  continueHref="/admin/profil"
                  continueLabel="Terminer"
                />
              </details>
            </>
          ) : null}
        </section>
      </div>
    </>
  );
}
