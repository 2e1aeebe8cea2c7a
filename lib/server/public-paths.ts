/** What the search reads of its words (lib/search/query.ts QUERY_MAX_LENGTH); no other parameter is longer. */
const PARAM_MAX_LENGTH = 200;

/**
 * Which requests are readers' pages (lib/readers), as opposed to what Next.js serves: the newsroom, the
 * API, pictures, its build files, feeds and sitemaps, the icon. By the first path segment, whole: a
 * prefix test (`startsWith('/admin')`) would take a rubrique `/administration` for the newsroom (no
 * page cache, no policy against scripts) and a `/mediasx` for a picture. Everything else is a readers'
 * address, answered by the route table (lib/readers/routes.ts) — with « Page introuvable » when no
 * page is there, `/wp-login.php` included.
 */
const NEXT_SEGMENTS: ReadonlySet<string> = new Set(['_next', 'api', 'admin', 'connexion', 'apercu', 'medias']);

/** Files Next serves at the root or under a rubrique: feeds, sitemaps, robots.txt, the icon, the alert. */
const NEXT_FILES = /^\/(?:[^/]+\/)?[^/]+\.xml$|^\/robots\.txt$|^\/icon\.svg$|^\/favicon\.ico$|^\/alerte\.json$/i;

/** The first segment of a path: `admin` for `/admin/articles`, '' for `/`. */
function firstSegment(pathname: string): string {
  const end = pathname.indexOf('/', 1);
  return pathname.slice(1, end === -1 ? undefined : end);
}

export function isPublicPage(method: string | undefined, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  return isPublicPath(pathname);
}

/** A readers' page address, whatever the method (they answer GET and HEAD only). */
export function isPublicPath(pathname: string): boolean {
  return !NEXT_SEGMENTS.has(firstSegment(pathname)) && !NEXT_FILES.test(pathname);
}

/** The query parameters each kind of public page reads; every other one changes nothing on it. */
function paramsReadBy(pathname: string): readonly string[] {
  if (pathname === '/recherche') return ['q', 'rubrique', 'page'];
  if (pathname === '/mentions-legales') return [];
  if (pathname === '/mises-a-jour') return ['type', 'rubrique', 'page'];
  const segments = pathname.split('/').filter(Boolean);
  // « Voir ce qui a changé » (/mises-a-jour/{entry}) reads nothing.
  if (segments[0] === 'mises-a-jour') return [];
  // A rubrique (/politique) and an author (/auteurs/awa-ndiaye) are paginated; the home reads nothing.
  if (segments.length === 1 || (segments.length === 2 && segments[0] === 'auteurs')) return ['page'];
  // A story reads nothing; a live page, its older entries (« Entrées précédentes », ?avant=<entry>).
  if (segments.length === 2) return ['avant'];
  return [];
}

/**
 * The one address under which a public page is rendered and cached. Links shared on social networks
 * and newsletters carry parameters the page never reads (utm_source, fbclid, gclid: a new value per
 * click), and each distinct address would otherwise be a page cache miss, so a render: on election
 * night, every reader arriving from Facebook. Only the parameters the page reads are kept, in a fixed
 * order, so `/recherche?page=2&q=eau` and `/recherche?q=eau&page=2&utm_medium=x` are one page.
 */
export function publicPageUrl(url: string): string {
  const mark = url.indexOf('?');
  if (mark === -1) return url;
  const pathname = url.slice(0, mark);
  const wanted = paramsReadBy(pathname);
  if (wanted.length === 0) return pathname;
  const given = new URLSearchParams(url.slice(mark + 1));
  const kept = new URLSearchParams();
  // No page reads more than 200 characters of a parameter (a search's words): the rest would only
  // make each address a new cache entry, and a long one a large key.
  for (const name of wanted) for (const value of given.getAll(name)) kept.append(name, value.slice(0, PARAM_MAX_LENGTH));
  const query = kept.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The search's results (`/recherche`, `/recherche?q=…`), and not a rubrique whose slug starts like it (`/recherche-innovation`). */
export function isSearchPage(url: string): boolean {
  return url === '/recherche' || url.startsWith('/recherche?');
}
