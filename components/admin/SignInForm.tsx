'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { missingSignInFields, type TSignInFieldErrors } from '@/lib/auth/sign-in-fields';

const ERROR_ID = 'connexion-erreur';
const fieldErrorId = (name: keyof TSignInFieldErrors) => `${name}-erreur`;

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<TSignInFieldErrors>({});
  const [pending, setPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
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
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', { redirect: false, email, password });
      // next-auth 4: check `error`, not `ok`.
      if (!result || result.error) {
        setError(result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Adresse électronique ou mot de passe incorrect.');
        return;
      }
      router.replace(callbackPath);
      router.refresh();
    } catch {
      setError('La connexion est momentanément impossible. Réessayez dans un instant.');
    } finally {
      setPending(false);
    }
  }

  /** Once a field asked for is filled in, its message goes. */
  function onInput(name: keyof TSignInFieldErrors, value: string) {
    if (!fieldErrors[name]) return;
    if (!missingSignInFields({ [name]: value })[name]) setFieldErrors((before) => ({ ...before, [name]: undefined }));
  }

  const describedBy = (name: keyof TSignInFieldErrors, ...more: (string | false | null)[]) =>
    [fieldErrors[name] && fieldErrorId(name), ...more].filter(Boolean).join(' ') || undefined;

  return (
    // POST even before JavaScript has loaded: a GET would put the password in the address.
    <form method="post" onSubmit={onSubmit} noValidate>
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
