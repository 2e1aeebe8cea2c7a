/**
 * Previous / next links; page 1 has no `?page=` so each page has one URL. Lists by date say which way
 * time goes; search results are in order of relevance, so they say « résultats »; a list by name just
 * says « page ».
 */
export function Pagination({
  basePath,
  page,
  hasNext,
  pages,
  order = 'date',
}: {
  basePath: string;
  page: number;
  hasNext: boolean;
  /** When the total is known (search): « Page 2 sur 3 ». */ pages?: number;
  order?: 'date' | 'relevance' | 'alphabetical';
}) {
  const [previous, next] =
    order === 'date'
      ? ['Articles plus récents', 'Articles plus anciens']
      : order === 'relevance'
        ? ['Résultats précédents', 'Résultats suivants']
        : ['Page précédente', 'Page suivante'];
  if (page === 1 && !hasNext) return null;
  const separator = basePath.includes('?') ? '&' : '?';
  const href = (n: number) => (n === 1 ? basePath : `${basePath}${separator}page=${n}`);
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← {previous}
        </a>
      ) : (
        <span />
      )}
      <span className="pagination-current">{pages ? `Page ${page} sur ${pages}` : `Page ${page}`}</span>
      {hasNext ? (
        <a href={href(page + 1)} rel="next">
          {next} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
