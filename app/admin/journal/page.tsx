import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { findAuditLog } from '@/lib/data/find-audit-log';
import { formatDateTime } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';

export const metadata: Metadata = { title: 'Journal' };

const ACTION_LABELS: Record<string, string> = {
  'auth.success': 'Connexion',
  'auth.failure': 'Échec de connexion',
  'auth.locked': 'Connexion bloquée (trop d’essais)',
  'auth.2fa-enrol': 'Double authentification activée',
  'auth.2fa-disable': 'Double authentification désactivée',
  'auth.2fa-failure': 'Code de connexion erroné',
  'auth.2fa-recovery-used': 'Code de secours utilisé',
  'article.create': 'Article créé',
  'article.submit': 'Soumis à la relecture',
  'article.return': 'Revenu au brouillon',
  'article.publish': 'Publication',
  'article.schedule': 'Publication programmée',
  'article.unpublish': 'Dépublication',
  'article.edit-published': 'Modification d’un article publié',
  'article.live-edit-read': 'Modifications en ligne relues',
  'article.update-entry': 'Mise à jour publique',
  'article.update-entry-edit': 'Note de mise à jour modifiée',
  'article.update-entry-remove': 'Mise à jour publique retirée',
  'article.restore': 'Version restaurée',
  'article.placement': 'Place en une changée',
  'article.image-focus': 'Cadrage de l’image',
  'live.open': 'Direct ouvert',
  'live.close': 'Direct clos',
  'live.reopen': 'Direct rouvert',
  'live.entry': 'Entrée du direct publiée',
  'live.entry-edit': 'Entrée du direct modifiée',
  'live.entry-withdraw': 'Entrée du direct retirée',
  'live.entry-pin': 'Entrée du direct épinglée ou désépinglée',
  'frontpage.publish': 'Une publiée',
  'frontpage.restore': 'Une rétablie (version antérieure)',
  'alert.raise': 'Alerte info lancée',
  'alert.end': 'Alerte info terminée',
  'article.comment': 'Message dans la discussion',
  'rubrique.create': 'Rubrique créée',
  'rubrique.update': 'Rubrique modifiée',
  'rubrique.rename': 'Adresse de rubrique changée',
  'rubrique.reorder': 'Ordre des rubriques changé',
  'rubrique.menu': 'Rubrique affichée ou masquée dans le menu',
  'rubrique.delete': 'Rubrique supprimée',
  'user.create': 'Compte créé',
  'user.role': 'Rôle modifié',
  'user.deactivate': 'Compte désactivé',
  'user.reactivate': 'Compte réactivé',
  'user.password': 'Mot de passe réinitialisé',
  'user.password-own': 'Mot de passe changé par la personne',
  'user.profile': 'Profil modifié',
  'user.2fa-reset': 'Double authentification réinitialisée',
  'settings.2fa-required': 'Réglage de la double authentification',
  'settings.identity': 'Réglages du site',
};

const FILTERS = [
  ['', 'Tout'],
  ['auth', 'Connexions'],
  ['article', 'Articles'],
  ['rubrique', 'Rubriques'],
  ['user', 'Comptes'],
] as const;

const ZParams = z.object({
  type: z.enum(['auth', 'article', 'rubrique', 'user']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

/** A lock's journal row counts the attempts refused while it lasted (one row per lock, not per request). */
function refusedDuringLock(refused: unknown): string | null {
  if (typeof refused !== 'number') return null;
  return refused === 0
    ? 'aucune tentative refusée'
    : `${refused}\u00a0tentative${refused > 1 ? 's' : ''} refusée${refused > 1 ? 's' : ''} pendant le blocage`;
}

const roleLabel = (role: unknown) => ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? String(role);

/**
 * Whose account an entry is about, when it is someone else's (an admin's change, a failed sign-in):
 * for one's own acts the « Qui » column says it already.
 */
function accountOf(row: { targetType: string | null; targetId: string | null; targetName: string | null; actorId: string | null }) {
  return row.targetType === 'user' && row.targetName && row.targetId !== row.actorId ? row.targetName : null;
}

function describe(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  const d = details as Record<string, unknown>;
  // A reworded public note: what it said, and what it says now.
  const noteOf = (value: unknown) =>
    value && typeof value === 'object' && typeof (value as { note?: unknown }).note === 'string' ? (value as { note: string }).note : null;
  const reworded =
    noteOf(d.before) !== null
      ? `avant\u00a0: «\u00a0${noteOf(d.before)}\u00a0» · après\u00a0: «\u00a0${noteOf(d.after) ?? ''}\u00a0»`
      : null;
  return [
    typeof d.title === 'string' ? applyFrenchTypography(d.title) : null,
    typeof d.text === 'string' ? `«\u00a0${applyFrenchTypography(d.text)}\u00a0»` : null,
    d.email,
    d.name,
    d.note,
    reworded,
    typeof d.lead === 'string' ? `manchette\u00a0: ${applyFrenchTypography(d.lead)}` : null,
    typeof d.version === 'number' ? `version ${d.version}` : null,
    // A rubrique's address change (workflow steps carry upper-case statuses in from/to, not addresses).
    typeof d.from === 'string' && typeof d.to === 'string' && /^[a-z0-9-]+$/.test(d.from) ? `/${d.from} → /${d.to}` : null,
    Array.isArray(d.order) ? d.order.map((name, index) => `${index + 1}.\u00a0${String(name)}`).join(', ') : null,
    typeof d.shownInMenu === 'boolean' ? (d.shownInMenu ? 'affichée dans le menu' : 'masquée du menu jusqu’à son premier article') : null,
    d.role ? `rôle\u00a0: ${d.previousRole ? `${roleLabel(d.previousRole)} → ` : ''}${roleLabel(d.role)}` : null,
    d.via === 'cli' ? 'en ligne de commande' : null,
    refusedDuringLock(d.refused),
  ]
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .join(' · ');
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/admin/journal', ['EDITOR', 'ADMIN']);
  const raw = await searchParams;
  const params = ZParams.parse({ type: raw.type, page: raw.page });
  const { rows, hasNext } = await findAuditLog(user, { action: params.type, page: params.page });
  const href = (page: number) =>
    `/admin/journal?${new URLSearchParams({ ...(params.type ? { type: params.type } : {}), page: String(page) })}`;
  return (
    <>
      <h1>Journal</h1>
      <p className="field-hint">Qui a fait quoi, et quand : connexions, publications, mises à jour, changements de rôle.</p>
      <ul className="tabs-filter" aria-label="Type d’événement">
        {FILTERS.map(([value, label]) => (
          <li key={value}>
            <Link
              href={value ? `/admin/journal?type=${value}` : '/admin/journal'}
              aria-current={(params.type ?? '') === value ? 'page' : undefined}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Quand</th>
            <th scope="col">Qui</th>
            <th scope="col">Quoi</th>
            <th scope="col">Détails</th>
            <th scope="col">Adresse IP</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{formatDateTime(row.createdAt)}</td>
              <td data-label="Qui">
                {row.actorName ??
                  (row.action.startsWith('user.') ? 'Ligne de commande' : row.action === 'article.publish' ? 'Programmation' : '—')}
              </td>
              <td data-label="Quoi">
                {row.targetType === 'article' && row.targetId ? (
                  <Link href={`/admin/articles/${row.targetId}`}>{ACTION_LABELS[row.action] ?? row.action}</Link>
                ) : (
                  (ACTION_LABELS[row.action] ?? row.action)
                )}
                {accountOf(row) ? (
                  <span className="journal-account">
                    {' '}
                    · compte de <strong>{accountOf(row)}</strong>
                  </span>
                ) : null}
              </td>
              <td data-label="Détails">{describe(row.details)}</td>
              <td data-label="Adresse IP">{row.ip ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pagination" aria-label="Pagination">
        {params.page > 1 ? <Link href={href(params.page - 1)}>← Plus récents</Link> : <span />}
        <span className="pagination-current">Page {params.page}</span>
        {hasNext ? <Link href={href(params.page + 1)}>Plus anciens →</Link> : <span />}
      </nav>
    </>
  );
}
