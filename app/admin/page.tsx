import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { canSeeAllArticles, STATUS_LABELS } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { findRunningLives } from '@/lib/data/find-running-lives';
import { queryRubriques as findRubriques } from '@/lib/data/query-rubriques';
import { findAuthors, findNewsroomArticles } from '@/lib/data/find-newsroom-articles';
import { formatDateTime, formatRecentDateTime } from '@/lib/french/dates';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { applyFrenchTypography } from '@/lib/french/typography';

export const metadata: Metadata = { title: 'Articles' };

const STATUSES = ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED'] as const satisfies readonly ArticleStatus[];

const ZFilters = z.object({
  statut: z.enum(STATUSES).optional().catch(undefined),
  rubrique: z.string().max(40).optional().catch(undefined),
  auteur: z.string().max(40).optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  mes: z.literal('1').optional().catch(undefined),
  relire: z.literal('1').optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
  erreur: z.string().optional().catch(undefined),
});

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewsroomHome({ searchParams }: TProps) {
  const user = await requirePageUser('/admin');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = ZFilters.parse(raw);
  const [list, rubriques, authors, lives] = await Promise.all([
    findNewsroomArticles(user, {
      status: filters.statut,
      rubriqueId: filters.rubrique || undefined,
      authorId: filters.auteur || undefined,
      q: filters.q?.trim() || undefined,
      mine: filters.mes === '1',
      liveEdit: filters.relire === '1',
      page: filters.page,
    }),
    findRubriques(),
    findAuthors(),
    findRunningLives(),
  ]);
  const query = (change: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const merged = {
      statut: filters.statut,
      rubrique: filters.rubrique,
      auteur: filters.auteur,
      q: filters.q,
      mes: filters.mes,
      relire: filters.relire,
      ...change,
    };
    for (const [k, v] of Object.entries(merged)) if (v) params.set(k, v);
    const s = params.toString();
    return s ? `/admin?${s}` : '/admin';
  };
  const total = Object.values(list.counts).reduce((a, b) => a + (b ?? 0), 0);

  return (
    <>
      {filters.erreur === 'droits' ? (
        <p className="notice notice-error" role="alert">
          Cette page est réservée à d’autres rôles que le vôtre.
        </p>
      ) : null}
      <div className="admin-toolbar" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h1 style={{ margin: 0 }}>
          {filters.relire && canSeeAllArticles(user) ? 'Modifiés en ligne, à relire' : filters.mes ? 'Mes articles' : 'Articles'}
        </h1>
        <Link className="button button-primary" href="/admin/articles/nouveau">
          + Nouvel article
        </Link>
      </div>

      {lives.length > 0 ? (
        // Anyone in the newsroom may post in a running live, not only its author.
        <nav className="notice notice-info running-lives" aria-label="Directs en cours">
          <strong>En direct maintenant{'\u00a0'}:</strong>{' '}
          {lives.map((live, index) => (
            <span key={live.id}>
              {index > 0 ? ' · ' : null}
              <Link href={`/admin/articles/${live.id}/direct`}>{live.title}</Link>
            </span>
          ))}
        </nav>
      ) : null}

      <ul className="tabs-filter" aria-label="Filtrer par état">
        <li>
          <Link href={query({ statut: undefined, page: undefined })} aria-current={!filters.statut ? 'page' : undefined}>
            Tous ({total})
          </Link>
        </li>
        {STATUSES.map((status) => (
          <li key={status}>
            <Link href={query({ statut: status, page: undefined })} aria-current={filters.statut === status ? 'page' : undefined}>
              {STATUS_LABELS[status]} ({list.counts[status] ?? 0})
            </Link>
          </li>
        ))}
        <li>
          <Link href={query({ mes: filters.mes ? undefined : '1', page: undefined })} aria-current={filters.mes ? 'page' : undefined}>
            Mes articles
          </Link>
        </li>
        {canSeeAllArticles(user) ? (
          // Journalists' changes to stories online go live at once: editors read them afterwards.
          <li>
            <Link
              href={query({ relire: filters.relire ? undefined : '1', page: undefined })}
              aria-current={filters.relire ? 'page' : undefined}
              className={list.liveEdits > 0 ? 'tab-alert' : undefined}
            >
              Modifiés en ligne, à relire ({list.liveEdits})
            </Link>
          </li>
        ) : null}
      </ul>

      <form className="admin-toolbar" method="get" action="/admin" role="search" aria-label="Chercher un article">
        {filters.statut ? <input type="hidden" name="statut" value={filters.statut} /> : null}
        {filters.mes ? <input type="hidden" name="mes" value="1" /> : null}
        {filters.relire ? <input type="hidden" name="relire" value="1" /> : null}
        <div className="field">
          <label htmlFor="q">Titre</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ''} placeholder="Mots du titre" />
        </div>
        <div className="field">
          <label htmlFor="rubrique">Rubrique</label>
          <select id="rubrique" name="rubrique" defaultValue={filters.rubrique ?? ''}>
            <option value="">Toutes</option>
            {rubriques.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        {canSeeAllArticles(user) ? (
          <div className="field">
            <label htmlFor="auteur">Auteur</label>
            <select id="auteur" name="auteur" defaultValue={filters.auteur ?? ''}>
              <option value="">Tous</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="submit" className="button">
          Filtrer
        </button>
        {filters.q || filters.rubrique || filters.auteur ? (
          <Link href={query({ q: undefined, rubrique: undefined, auteur: undefined, page: undefined })}>Effacer les filtres</Link>
        ) : null}
      </form>

      {list.rows.length === 0 ? (
        <p className="panel">Aucun article ne correspond à ces critères.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Articles, du plus récemment modifié au plus ancien</caption>
          <thead>
            <tr>
              <th scope="col">Titre</th>
              <th scope="col">État</th>
              <th scope="col">Rubrique</th>
              <th scope="col">Auteur</th>
              <th scope="col">Modifié le</th>
              <th scope="col">Publication</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id}>
                <td>
                  {row.canEdit ? (
                    <Link href={`/admin/articles/${row.id}`}>{applyFrenchTypography(row.title)}</Link>
                  ) : row.publicHref ? (
                    // A colleague's published story: readable on the site, not editable here.
                    <>
                      <a href={row.publicHref} target="_blank" rel="noopener">
                        {applyFrenchTypography(row.title)}
                        <span className="visually-hidden"> (sur le site, nouvel onglet)</span> ↗
                      </a>
                      <span className="field-hint"> · lecture seule</span>
                    </>
                  ) : (
                    applyFrenchTypography(row.title)
                  )}
                  {row.hasUpdates ? <span className="field-hint"> · mis à jour</span> : null}
                  {row.liveEditBy ? <span className="live-edit-mark"> · modifié en ligne par {row.liveEditBy}, à relire</span> : null}
                  {row.sentBack ? (
                    // Sent back by an editor: who, when and why, for its author (the story's page says it too).
                    <p className="sent-back-row">
                      Renvoyé par {row.sentBack.byName} le{' '}
                      <time dateTime={row.sentBack.at.toISOString()}>{formatRecentDateTime(row.sentBack.at)}</time>
                      {row.sentBack.note ? `\u00a0: ${row.sentBack.note}` : '.'}
                    </p>
                  ) : null}
                </td>
                <td data-label="État">
                  <span className={`status status-${row.status}`}>{STATUS_LABELS[row.status]}</span>
                  {row.sentBack ? <span className="field-hint"> · renvoyé, à reprendre</span> : null}
                </td>
                <td data-label="Rubrique">{row.rubrique}</td>
                <td data-label="Auteur">{row.author}</td>
                <td data-label="Modifié le">{formatDateTime(row.updatedAt)}</td>
                <td data-label="Publication">
                  {row.status === 'SCHEDULED' && row.scheduledAt
                    ? `prévue le ${formatDateTime(row.scheduledAt)}`
                    : row.publishedAt
                      ? formatDateTime(row.publishedAt)
                      : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pagination" aria-label="Pagination">
        {filters.page > 1 ? <Link href={query({ page: String(filters.page - 1) })}>← Page précédente</Link> : <span />}
        <span className="pagination-current">Page {filters.page}</span>
        {list.hasNext ? <Link href={query({ page: String(filters.page + 1) })}>Page suivante →</Link> : <span />}
      </nav>
    </>
  );
}
