'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', { redirect: false, email: form.get('email'), password: form.get('password') });
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

  return (
    <form onSubmit={onSubmit} noValidate>
      {error ? (
        <p className="notice notice-error" role="alert" id="connexion-erreur">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="email">Adresse électronique</label>
        <input id="email" name="email" type="email" autoComplete="username" required aria-describedby={error ? 'connexion-erreur' : undefined} />
      </div>
      <div className="field">
        <label htmlFor="password">Mot de passe</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Connexion…' : 'Se connecter'}
      </button>
    </form>
  );
}
