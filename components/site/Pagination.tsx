
/** Previous / next links; page 1 has no `?page=` so each page has one URL. */
export function Pagination({ basePath, page, hasNext }: { basePath: string; page: number; hasNext: boolean }) {
  if (page === 1 && !hasNext) return null;
  const separator = basePath.includes('?') ? '&' : '?';
  const href = (n: number) => (n === 1 ? basePath : `${basePath}${separator}page=${n}`);
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← Articles plus récents
        </a>
      ) : (
        <span />
      )}
      <span className="pagination-current">Page {page}</span>
      {hasNext ? (
        <a href={href(page + 1)} rel="next">
          Articles plus anciens →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
