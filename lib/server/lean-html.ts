/**
 * Readers' pages need no JavaScript: everything on them is rendered on the server (the current
 * rubrique is marked in the HTML, search is a plain GET form, links are links). Next.js still ships
 * its client runtime with every App Router page — about 170 kB gzip of framework code plus the React
 * payload inlined a second time (the story body twice) — and has no switch to leave them out. This
 * takes them out of public pages before they are cached: executable scripts and script preloads go;
 * structured data (`application/ld+json`) stays. Next's HTML is well formed and React escapes `</script`
 * inside inline scripts, so a script element ends at the first `</script>`.
 *
 * Without scripts, public pages can also carry a Content-Security-Policy that allows no script at all.
 */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi;
const DATA_BLOCK = /\btype="application\/ld\+json"/i;

export function stripClientScripts(html: string): string {
  return html.replace(SCRIPT, (element, attributes: string) => (DATA_BLOCK.test(attributes) ? element : '')).replace(SCRIPT_PRELOAD, '');
}

/** What a script-free public page allows: its own styles and images, no script of any kind. */
export const PUBLIC_PAGE_CSP =
  "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
