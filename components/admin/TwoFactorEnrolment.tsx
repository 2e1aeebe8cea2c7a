'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { confirmTwoFactorAction, type TEnrolState } from '@/lib/actions/two-factor-actions';

/**
 * Enrolment in two-step sign-in: scan the QR code (drawn on the server) or type the key, then confirm
 * with a first code. The ten recovery codes are shown once, here, after that.
 */
export function TwoFactorEnrolment({
  qrSvg,
  secret,
  continueHref,
  continueLabel,
}: {
  qrSvg: string;
  secret: string;
  continueHref: string;
  continueLabel: string;
}) {
  const [state, formAction, pending] = useActionState(confirmTwoFactorAction, { ok: false } as TEnrolState);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  if (state.ok && state.recoveryCodes) {
    return (
      <div className="totp-done">
        <p className="notice notice-success" role="status">
          {state.message}
        </p>
        <p>
          Chaque code de secours permet <strong>une</strong> connexion sans votre téléphone. Imprimez-les ou rangez-les dans votre
          gestionnaire de mots de passe.
        </p>
        <ol className="recovery-codes" aria-label="Codes de secours">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        {/* A full page load: the newsroom reads the account again (enrolment done). */}
        <a className="button button-primary" href={continueHref}>
          {continueLabel}
        </a>
      </div>
    );
  }

  const error = state.ok ? undefined : state.message;
  return (
    <>
      <ol className="totp-steps">
        <li>
          Ouvrez votre application d’authentification (Google Authenticator, Microsoft Authenticator, FreeOTP, 2FAS…) et scannez ce QR code
          {'\u00a0'}:
          <span
            className="totp-qr"
            role="img"
            aria-label="QR code de configuration de la double authentification"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          Sans appareil photo, saisissez cette clé dans l’application{'\u00a0'}: <code className="totp-secret">{secret}</code>
        </li>
        <li>
          <form action={formAction} onSubmit={submit} noValidate>
            <div className="field">
              <label htmlFor="totp-code">Code à 6 chiffres affiché par l’application</label>
              <input
                id="totp-code"
                name="code"
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={64}
                spellCheck={false}
                required
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'totp-code-erreur' : undefined}
              />
              {error ? (
                <span className="field-error" id="totp-code-erreur" role="alert">
                  {error}
                </span>
              ) : null}
            </div>
            <button type="submit" className="button button-primary" disabled={pending}>
              {pending ? 'Vérification…' : 'Activer la double authentification'}
            </button>
          </form>
        </li>
      </ol>
    </>
  );
}
