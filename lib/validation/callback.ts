/**
 * Where to go after signing in: only a path inside the newsroom. Anything else — another site,
 * `//evil.example`, `/\evil`, `javascript:` — falls back to /admin, so the sign-in page is no open redirect.
 */
export function safeCallbackPath(value: string | string[] | undefined): string {
  if (typeof value !== 'string') return '/admin';
  let path = value;
  try {
    // Accept absolute URLs only when they point here; keep their path.
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
      const url = new URL(value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return '/admin';
      if (url.host !== 'localhost' && !url.host.startsWith('localhost:') && url.host !== process.env.PUBLIC_HOST) return '/admin';
      path = `${url.pathname}${url.search}`;
    }
  } catch {
    return '/admin';
  }
  if (!/^\/admin(?:[/?#]|$)/.test(path) || path.includes('\\') || path.includes('//') || /[\u0000-\u001f]/.test(path)) return '/admin';
  return path;
}
