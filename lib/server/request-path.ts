/**
 * The path of the page being rendered, for what a shared layout marks as current (the rubriques bar).
 * Set by lib/server/create-server.ts on every request, from the request line, overwriting anything a
 * client sent: a cached page can never be marked from a forged header.
 */
export const REQUEST_PATH_HEADER = 'x-dakarinfo-path';

/**
 * On /recherche, the words searched (URI-encoded: header values are bytes), so the header's search box
 * shows them too. Set, or removed, by lib/server/create-server.ts on every request like the path; the
 * page is cached under `q`, so the cached page's box always matches its address.
 */
export const REQUEST_SEARCH_HEADER = 'x-dakarinfo-recherche';

/** The words a request header carries back, or '' when absent or not valid. */
export function searchedWords(header: string | null): string {
  if (!header) return '';
  try {
    return decodeURIComponent(header).slice(0, 200);
  } catch {
    return '';
  }
}
