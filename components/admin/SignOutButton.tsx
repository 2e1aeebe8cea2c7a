'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" className="button button-quiet" onClick={() => void signOut({ callbackUrl: '/connexion?deconnecte=1' })}>
      Se déconnecter
    </button>
  );
}
