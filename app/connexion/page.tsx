import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/SignInForm';
import { getCurrentUser } from '@/lib/auth/session';
import { safeCallbackPath } from '@/lib/validation/callback';
import '../admin/admin.css';

export const metadata: Metadata = { title: 'Connexion', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type TProps = { searchParams: Promise<{ callbackUrl?: string | string[]; deconnecte?: string; error?: string | string[] }> };

export default async function SignInPage({ searchParams }: TProps) {
  const params = await searchParams;
  const callback = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callback);
  return (
    <div className="auth-page">
      <main id="contenu" className="auth-card">
        <h1>Connexion</h1>
        <p className="brand-small">Rédaction de Dakarinfo</p>
        {params.deconnecte ? (
          <p className="notice notice-info" role="status">
            Déconnexion effectuée : votre session est fermée.
          </p>
        ) : null}
        <SignInForm callbackPath={callback} />
      </main>
    </div>
  );
}
