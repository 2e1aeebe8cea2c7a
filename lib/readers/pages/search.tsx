import { Pagination } from '../../../components/site/Pagination';
import { searchArticles, SEARCH_MAX_PAGE, SEARCH_PAGE_SIZE, type TSearchResults } from '../../data/search-articles';
import { formatDateTime, toIsoString } from '../../french/dates';
import { applyFrenchTypography } from '../../french/typography';
import { buildSearchQuery, limitNotice, type TSearchQuery } from '../../search/query';
import type { TRubrique } from '../../data/query-rubriques';
import { parsePage, parseSlug } from '../../validation/public-params';
import { param, unindexedHead, type TReaderPage } from '../page';

/** How many pages of results a search has (at most SEARCH_MAX_PAGE). */
function pageCount(results: TSearchResults): number {
  return Math.max(1, Math.min(SEARCH_MAX_PAGE, Math.ceil(results.total / SEARCH_PAGE_SIZE)));
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')}\u00a0${n > 1 ? many : one}`;

/**
 * The results of a search, by relevance among the most recent. The words searched are in the tab's
 * title and the history: « « sécheresse » — Recherche — Dakarinfo »; results are not for search engines.
 */
export const searchPage: TReaderPage = async ({ query: params, rubriques }) => {
  const q = param(params, 'q');
  const raw = typeof q === 'string' ? q : '';
  const query = buildSearchQuery(raw);
  const page = parsePage(param(params, 'page'), SEARCH_MAX_PAGE) ?? 1;
  const wanted = param(params, 'rubrique');
  const rubriqueSlug = typeof wanted === 'string' ? parseSlug(wanted) : null;
  const rubrique = rubriques.find((r) => r.slug === rubriqueSlug);
  const results: TSearchResults | null = query ? await searchArticles(query, { page, rubriqueId: rubrique?.id }) : null;
  const basePath = `/recherche?${new URLSearchParams({ q: raw, ...(rubrique ? { rubrique: rubrique.slug } : {}) })}`;
  const words = raw.trim().replace(/\s+/g, ' ').slice(0, 80);
  return {
    kind: 'page',
    head: unindexedHead(words ? applyFrenchTypography(`«\u00a0${words}\u00a0» — Recherche`) : 'Recherche', 'noindex, follow'),
    searched: raw.slice(0, 200),
    main: (
      <main id="contenu" className="page search-page">
        <header className="page-header">
          <h1>Recherche</h1>
        </header>
        <SearchForm raw={raw} rubrique={rubrique} rubriques={rubriques} />
        {query && limitNotice(query) ? <p className="search-limited">{limitNotice(query)}</p> : null}
        <SearchOutcome raw={raw} query={query} results={results} page={page} rubrique={rubrique} basePath={basePath} />
      </main>
    ),
  };
};

function SearchForm({ raw, rubrique, rubriques }: { raw: string; rubrique: TRubrique | undefined; rubriques: TRubrique[] }) {
  return (
    <form className="search-form" action="/recherche" method="get" role="search" aria-label="Rechercher dans les articles">
      <div className="search-field">
        <label htmlFor="recherche-q">Mots recherchés</label>
        <input
          id="recherche-q"
          name="q"
          type="search"
          defaultValue={raw.slice(0, 200)}
          maxLength={200}
          placeholder="élections, école, climat…"
        />
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
  );
}

type TOutcomeProps = {
  raw: string;
  query: TSearchQuery | null;
  results: TSearchResults | null;
  page: number;
  rubrique: TRubrique | undefined;
  basePath: string;
};

function SearchOutcome({ raw, query, results, page, rubrique, basePath }: TOutcomeProps) {
  if (!raw.trim()) return <p className="empty">Saisissez un ou plusieurs mots{'\u00a0'}: un nom, un lieu, un sujet.</p>;
  if (!query) {
    return (
      <p className="empty" role="status">
        Cette recherche ne contient aucun mot à chercher. Essayez avec un nom, un lieu ou un sujet.
      </p>
    );
  }
  if (!results) return null;
  if (results.hits.length === 0 && results.total > 0) {
    // An old link or a hand-typed address past the last page: the results exist, say where.
    return (
      <p className="empty" role="status">
        Il n’y a pas de page {page} pour cette recherche{'\u00a0'}: ses résultats tiennent en {plural(pageCount(results), 'page', 'pages')}.{' '}
        <a href={pageCount(results) > 1 ? `${basePath}&page=${pageCount(results)}` : basePath}>Voir la dernière page</a> ou{' '}
        <a href={basePath}>la première</a>.
      </p>
    );
  }
  if (results.hits.length === 0) {
    return (
      <p className="empty" role="status">
        Aucun article ne correspond à «{'\u00a0'}
        {query.words.join(' ')}
        {'\u00a0'}»{rubrique ? ` dans la rubrique ${rubrique.name}` : ''}. Vérifiez l’orthographe ou essayez des mots plus généraux.
      </p>
    );
  }
  return (
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
  );
}
