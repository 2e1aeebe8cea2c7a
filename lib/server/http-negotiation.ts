/**
 * Small pieces of HTTP the Node layer decides before Next sees a request, kept apart to be tested:
 * content negotiation and the one spelling of a path under which a page is cached.
 */

/**
 * Whether the client takes gzip: named with a weight above zero, or covered by `*`. `gzip;q=0` is a
 * refusal (RFC 9110, 12.5.3), not an acceptance.
 */
export function acceptsGzip(header: string | undefined): boolean {
  let gzip: number | null = null;
  let any: number | null = null;
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const weightParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = weightParam === undefined ? 1 : Number(weightParam.slice(2));
    const value = Number.isFinite(weight) ? weight : 0;
    if (name.trim() === 'gzip' || name.trim() === 'x-gzip') gzip = value;
    else if (name.trim() === '*') any = value;
  }
  return (gzip ?? any ?? 0) > 0;
}

const DOT_SEGMENT = /(^|\/)(?:\.|%2e){1,2}(?=\/|$)/i;

/**
 * The path with its `.` and `..` segments resolved (percent-encoded ones too), as browsers and Next
 * resolve them; null when it has none. `/sport/../politique` is `/politique` to Next, but not to the
 * checks made on the raw path (which pages are public, which rubrique the navigation marks): such an
 * address is sent to its one spelling before anything else looks at it.
 */
export function resolveDotSegments(pathname: string): string | null {
  if (!DOT_SEGMENT.test(pathname)) return null;
  // A leading « // » (or « /\\ », which the parser reads as « // ») would send the browser to another
  // site: `/.//evil.example` must resolve to `/evil.example`, on this site.
  return new URL(pathname.replace(/%2e/gi, '.'), 'http://localhost').pathname.replace(/^\/+/, '/');
}

/** The query string of a request target, whole (a `?` inside it is part of it). */
export function queryOf(url: string): string {
  const mark = url.indexOf('?');
  return mark === -1 ? '' : url.slice(mark + 1);
}

/** Characters that mean the same percent-encoded or not (RFC 3986, 2.3): letters, digits, - . _ ~ */
const ENCODED_UNRESERVED = /%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[Dd]|2[Ee]|5[Ff]|7[Ee])/g;

/**
 * The path with its needlessly percent-encoded letters, digits and « - . _ ~ » decoded; null when
 * it has none. `/%61dmin` is `/admin` to Next, and `/%70olitique` is `/politique`: such an address is
 * sent to its one spelling before the checks made on the path (public or private, the cache key).
 */
export function decodeUnreserved(pathname: string): string | null {
  ENCODED_UNRESERVED.lastIndex = 0;
  if (!ENCODED_UNRESERVED.test(pathname)) return null;
  return pathname.replace(ENCODED_UNRESERVED, (escape) => String.fromCharCode(parseInt(escape.slice(1), 16)));
}
