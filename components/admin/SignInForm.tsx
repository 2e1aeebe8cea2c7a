'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { CODE_MISSING, CODE_REQUIRED } from '@/lib/auth/second-step-messages';
import { missingSignInFields, type TSignInFieldErrors } from '@/lib/auth/sign-in-fields';

const ERROR_ID = 'connexion-erreur';
const fieldErrorId = (name: keyof TSignInFieldErrors) => `${name}-erreur`;

/**
 * Two steps with two-step sign-in: the address and password, then — when the server answers that the
 * account needs a code — the code, sent with the address and password kept in this component's state
 * (never in the page's address). One next-auth provider takes all three.
 */
export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<TSignInFieldErrors>({});
  const [pending, setPending] = useState(false);
  const [firstStep, setFirstStep] = useState<{ email: string; password: string } | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  /** One attempt: null once signed in (then off to the newsroom), else the French message to show. */
  async function attempt(credentials: { email: string; password: string; code?: string }): Promise<string | null> {
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', { redirect: false, ...credentials });
      // next-auth 4: check `error`, not `ok`.
      if (!result || result.error)
        return result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Adresse électronique ou mot de passe incorrect.';
      router.replace(callbackPath);
      router.refresh();
      return null;
    } catch {
      return 'La connexion est momentanément impossible. Réessayez dans un instant.';
    } finally {
      setPending(false);
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (firstStep) return onSubmitCode(form);
    const email = form.get('email');
    const password = form.get('password');
    // An empty field: say which, next to it, and send nothing (it is not a sign-in attempt).
    const missing = missingSignInFields({ email, password });
    setFieldErrors(missing);
    if (missing.email || missing.password) {
      setError(null);
      (missing.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    const credentials = { email: String(email), password: String(password) };
    const failure = await attempt(credentials);
    if (failure === CODE_REQUIRED) {
      setFirstStep(credentials);
      setCodeError(null);
      return;
    }
    setError(failure);
  }

  async function onSubmitCode(form: FormData) {
    if (!firstStep) return;
    const code = String(form.get('code') ?? '').trim();
    if (!code) {
      setCodeError(CODE_MISSING);
      codeRef.current?.focus();
      return;
    }
    setCodeError(null);
    const failure = await attempt({ ...firstStep, code });
    if (failure) {
      setError(failure);
      if (codeRef.current) codeRef.current.value = '';
      codeRef.current?.focus();
    }
  }

  function backToFirstStep() {
    setFirstStep(null);
    setError(null);
    setCodeError(null);
  }

  /** Once a field asked for is filled in, its message goes. */
  function onInput(name: keyof TSignInFieldErrors, value: string) {
    if (!fieldErrors[name]) return;
    if (!missingSignInFields({ [name]: value })[name]) setFieldErrors((before) => ({ ...before, [name]: undefined }));
  }

  const describedBy = (name: keyof TSignInFieldErrors, ...more: (string | false | null)[]) =>
    [fieldErrors[name] && fieldErrorId(name), ...more].filter(Boolean).join(' ') || undefined;

  if (firstStep) {
    return (
      // Its own key: a new form and new inputs, never the password field's DOM node reused for the code.
      <form key="code" method="post" onSubmit={onSubmit} noValidate>
        <p className="notice notice-info" id="code-consigne">
          Deuxième étape{'\u00a0'}: saisissez le code à 6{'\u00a0'}chiffres affiché par votre application d’authentification pour{' '}
          {firstStep.email}.
        </p>
        {error ? (
          <p className="notice notice-error" role="alert" id={ERROR_ID}>
            {error}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="code">Code de vérification</label>
          <input
            ref={codeRef}
            id="code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            required
            maxLength={64}
            spellCheck={false}
            aria-invalid={codeError ? true : undefined}
            aria-describedby={[codeError && 'code-erreur', 'code-aide', error && ERROR_ID].filter(Boolean).join(' ')}
          />
          <span className="field-hint" id="code-aide">
            Téléphone indisponible{'\u202f'}? Saisissez l’un de vos codes de secours (par exemple ABCD-EFGH-JKMN-PQRS).
          </span>
          {codeError ? (
            <p className="field-error" id="code-erreur">
              {codeError}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Vérification…' : 'Valider le code'}
        </button>
        <button type="button" className="button button-quiet" onClick={backToFirstStep} disabled={pending}>
          Changer de compte
        </button>
      </form>
    );
  }

  return (
    // POST even before JavaScript has loaded: a GET would put the password in the address.
    <form key="password" method="post" onSubmit={onSubmit} noValidate>
      {error ? (
        <p className="notice notice-error" role="alert" id={ERROR_ID}>
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="email">Adresse électronique</label>
        <input
          ref={emailRef}
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={describedBy('email', error && ERROR_ID)}
          onInput={(event) => onInput('email', event.currentTarget.value)}
        />
        {fieldErrors.email ? (
          <p className="field-error" id={fieldErrorId('email')}>
            {fieldErrors.email}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">Mot de passe</label>
        <input
          ref={passwordRef}
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={describedBy('password')}
          onInput={(event) => onInput('password', event.currentTarget.value)}
        />
        {fieldErrors.password ? (
          <p className="field-error" id={fieldErrorId('password')}>
            {fieldErrors.password}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Connexion…' : 'Se connecter'}
      </button>
    </form>
  );
}
