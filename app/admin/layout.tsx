import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/admin/SignOutButton';
import { canManageRubriques, canPublish, canManageUsers, canViewAudit, ROLE_DESKS, ROLE_LABELS } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { loadSiteIdentity } from '@/lib/data/site-identity';
import { countNewReports } from '@/lib/data/error-reports';
import './admin.css';
import '@/components/admin/admin-editor.css';

export const metadata: Metadata = {
  title: { default: 'Rédaction', template: '%s — Rédaction Dakarinfo' },
  robots: { index: false, follow: false },
};
export const dynamic = 'force-dynamic';

/** The newsroom's frame. Each page below checks the session and role itself too (layouts do not guard actions). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser('/admin');
  // The newsroom shows dates in the site's time zone and its name as the admins set them.
  const identity = await loadSiteIdentity();
  // « Signalements »: new readers' reports the person may see (editors: all; a journalist: their stories').
  const newReports = await countNewReports(user);
  return (
    <div className="admin">
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="admin-header">
        <p className="admin-brand">
          <Link href="/admin">{identity.name} · Rédaction</Link>
        </p>
        <nav aria-label="Rédaction">
          <ul>
            <li>
              <Link href="/admin">Articles</Link>
            </li>
            <li>
              <Link href="/admin/articles/nouveau">Nouvel article</Link>
            </li>
            {canPublish(user) ? (
              <li>
                <Link href="/admin/une">La une</Link>
              </li>
            ) : null}
            {canPublish(user) ? (
              <li>
                <Link href="/admin/alerte">Alerte info</Link>
              </li>
            ) : null}
            <li>
              <Link href="/admin/signalements">
                Signalements
                {newReports > 0 ? (
                  <span className="nav-count">
                    <span className="visually-hidden">, nouveaux{'\u00a0'}: </span>
                    {newReports}
                  </span>
                ) : null}
              </Link>
            </li>
            {canPublish(user) ? (
              <li>
                <Link href="/admin/corrections">Corrections</Link>
              </li>
            ) : null}
            {canManageRubriques(user) ? (
              <li>
                <Link href="/admin/rubriques">Rubriques</Link>
              </li>
            ) : null}
            {canManageUsers(user) ? (
              <li>
                <Link href="/admin/utilisateurs">Utilisateurs</Link>
              </li>
            ) : null}
            {canManageUsers(user) ? (
              <li>
                <Link href="/admin/reglages">Réglages</Link>
              </li>
            ) : null}
            {canViewAudit(user) ? (
              <li>
                <Link href="/admin/journal">Journal</Link>
              </li>
            ) : null}
            <li>
              <Link href="/" target="_blank" rel="noopener">
                Voir le site ↗
              </Link>
            </li>
          </ul>
        </nav>
        <div className="admin-user">
          <span>
            <Link href="/admin/profil" title="Mon profil" aria-label={`Mon profil\u00a0: ${user.name}`}>
              {user.name}
            </Link>{' '}
            <span className="admin-role" title={`Rôle\u00a0: ${ROLE_LABELS[user.role].toLowerCase()}`}>
              {ROLE_DESKS[user.role]}
            </span>
          </span>
          <SignOutButton />
        </div>
      </header>
      <main id="contenu" className="admin-main">
        {children}
      </main>
    </div>
  );
}
