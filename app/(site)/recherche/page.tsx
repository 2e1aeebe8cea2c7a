import type { Metadata } from 'next';
import { Pagination } from '@/components/site/Pagination';
import { findRubriques } from '@/lib/data/find-rubriques';
import { searchArticles, SEARCH_MAX_PAGE, SEARCH_PAGE_SIZE, type TSearchResults } from '@/lib/data/search-articles';
import { formatDateTime, toIsoString } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';
import { buildSearchQuery, limitNotice } from '@/lib/search/query';
import { parsePage, parseSlug } from '@/lib/validation/public-params';

type TProps = { searchParams: Promise<{ q?: string | string[]; rubrique?: string | string[]; page?: string | string[] }> };

/** The words searched are in the tab's title and the history: « « sécheresse » — Recherche — Dakarinfo ». */
export async function generateMetadata({ searchParams }: TProps): Promise<Metadata> {
  const { q } = await searchParams;
  const words = typeof q === 'string' ? q.trim().replace(/\s+/g, ' ').slice(0, 80) : '';
  return { title: words ? applyFrenchTypography(`«\u00a0${words}\u00a0» — Recherche`) : 'Recherche', robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: TProps) {
  const params = await searchParams;
  const raw = typeof params.q === 'string' ? params.q : '';
  const query = buildSearchQuery(raw);
  const page = parsePage(params.page, SEARCH_MAX_PAGE) ?? 1;
  const rubriques = await findRubriques();
  const rubriqueSlug = typeof params.rubrique === 'string' ? parseSlug(params.rubrique) : null;
  const rubrique = rubriques.find((r) => r.slug === rubriqueSlug);
  const results: TSearchResults | null = query ? await searchArticles(query, { page, rubriqueId: rubrique?.id }) : null;
  const basePath = `/recherche?${new URLSearchParams({ q: raw, ...(rubrique ? { rubrique: rubrique.slug } : {}) })}`;

  return (
    <main id="contenu" className="page search-page">
      <header className="page-header">
        <h1>Recherche</h1>
      </header>
      <form className="search-form" action="/recherche" method="get" role="search" aria-label="Rechercher dans les articles">
        <div className="search-field">
          <label htmlFor="recherche-q">Mots recherchés</label>
          <input id="recherche-q" name="q" type="search" defaultValue={raw.slice(0, 200)} maxLength={200} placeholder="élections, école, climat…" />
        </div>
        <div className="search-field">
          <label htmlFor="recherche-rubrique">Rubrique</label>
          <select id="recherche-rubrique" name="rubrique" defaultValue={rubrique?.slug ?? ''}>
            <option value="">Toutes les rubriques</option>
            {rubriques.map((r) => (
              <option key={r.id} value={r.slug}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Rechercher
        </button>
      </form>

      {query && limitNotice(query) ? <p className="search-limited">{limitNotice(query)}</p> : null}
      {!raw.trim() ? (
        <p className="empty">Saisissez un ou plusieurs mots{'\u00a0'}: un nom, un lieu, un sujet.</p>
      ) : !query ? (
        <p className="empty" role="status">
          Cette recherche ne contient aucun mot à chercher. Essayez avec un nom, un lieu ou un sujet.
        </p>
      ) : results && results.hits.length === 0 && results.total > 0 ? (
        // An old link or a hand-typed address past the last page: the results exist, say where.
        <p className="empty" role="status">
          Il n’y a pas de page {page} pour cette recherche{'\u00a0'}: ses résultats tiennent en {plural(pageCount(results), 'page', 'pages')}.{' '}
          <a href={pageCount(results) > 1 ? `${basePath}&page=${pageCount(results)}` : basePath}>Voir la dernière page</a> ou{' '}
          <a href={basePath}>la première</a>.
        </p>
      ) : results && results.hits.length === 0 ? (
        <p className="empty" role="status">
          Aucun article ne correspond à «{'\u00a0'}{query.words.join(' ')}{'\u00a0'}»{rubrique ? ` dans la rubrique ${rubrique.name}` : ''}. Vérifiez l’orthographe ou essayez des mots plus généraux.
        </p>
      ) : results ? (
        <>
          <p className="search-count" role="status">
            {results.capped
              ? `Plus de ${results.total.toLocaleString('fr-FR')} articles trouvés\u00a0: voici les plus pertinents des ${results.total.toLocaleString('fr-FR')} plus récents\u202f; précisez la recherche pour affiner`
              : results.total === 1
                ? '1 article trouvé'
                : `${results.total.toLocaleString('fr-FR')} articles trouvés`}
            {rubrique ? ` dans la rubrique ${rubrique.name}` : ''}.
          </p>
          <ol className="search-results">
            {results.hits.map((hit) => (
              <li key={hit.id} className="card">
                <p className="card-kicker">{hit.rubrique.name}</p>
                <h2 className="card-title">
                  <a href={hit.href}>{applyFrenchTypography(hit.title)}</a>
                </h2>
                {/* Escaped by highlightToHtml (lib/search/query.ts): only <mark> is added. */}
                <p className="card-chapo" dangerouslySetInnerHTML={{ __html: hit.extractHtml }} />
                <p className="card-meta">
                  {hit.author} · <time dateTime={toIsoString(hit.publishedAt)}>{formatDateTime(hit.publishedAt)}</time>
                </p>
              </li>
            ))}
          </ol>
          <Pagination basePath={basePath} page={results.page} hasNext={results.hasNext} pages={pageCount(results)} order="relevance" />
        </>
      ) : null}
    </main>
  );
}

/** How many pages of results a search has (at most SEARCH_MAX_PAGE). */
function pageCount(results: TSearchResults): number {
  return Math.max(1, Math.min(SEARCH_MAX_PAGE, Math.ceil(results.total / SEARCH_PAGE_SIZE)));
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')}\u00a0${n > 1 ? many : one}`;
