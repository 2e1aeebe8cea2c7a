/**
 * The readers' route table: every address a reader can ask for, and the page that answers it. The
 * first route whose pattern matches wins; a literal segment beats a named one by coming first.
 * Anything that matches no route is « Page introuvable » (404). Next.js never sees these addresses:
 * it serves the newsroom, the API and the files in `NEXT_PATHS` (lib/server/public-paths.ts).
 *
 * A new readers' page: a file in lib/readers/pages/, a line here, its query parameters in
 * `paramsReadBy` (lib/server/public-paths.ts), its first segment in RESERVED_SLUGS.
 */
import type { TReaderPage } from './page';
import { articlePage } from './pages/article';
import { authorPage } from './pages/author';
import { authorsPage } from './pages/authors';
import { homePage } from './pages/home';
import { legalPage } from './pages/legal';
import { rubriquePage } from './pages/rubrique';
import { searchPage } from './pages/search';
import { updateDiffPage } from './pages/update-diff';
import { updatesPage } from './pages/updates';
import { correctionsPolicyPage } from './pages/corrections-policy';

export type TRoute = { name: string; pattern: readonly string[]; page: TReaderPage };

export const ROUTES: readonly TRoute[] = [
  { name: 'manchettes', pattern: [], page: homePage },
  { name: 'recherche', pattern: ['recherche'], page: searchPage },
  { name: 'redaction', pattern: ['auteurs'], page: authorsPage },
  { name: 'mentions-legales', pattern: ['mentions-legales'], page: legalPage },
  { name: 'auteur', pattern: ['auteurs', ':slug'], page: authorPage },
  { name: 'mises-a-jour', pattern: ['mises-a-jour'], page: updatesPage },
  { name: 'politique-de-corrections', pattern: ['mises-a-jour', 'politique'], page: correctionsPolicyPage },
  { name: 'ce-qui-a-change', pattern: ['mises-a-jour', ':entry'], page: updateDiffPage },
  { name: 'rubrique', pattern: [':rubrique'], page: rubriquePage },
  { name: 'article', pattern: [':rubrique', ':slug'], page: articlePage },
];

/** The route for `path` (no query string) and its named segments, decoded; null: no such page. */
export function matchRoute(path: string, routes: readonly TRoute[] = ROUTES): { route: TRoute; params: Record<string, string> } | null {
  if (!path.startsWith('/')) return null;
  const segments = path === '/' ? [] : path.slice(1).split('/');
  let decoded: string[];
  try {
    decoded = segments.map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
  for (const route of routes) {
    if (route.pattern.length !== decoded.length) continue;
    const params: Record<string, string> = {};
    const matches = route.pattern.every((part, index) => {
      const segment = decoded[index] as string;
      if (part.startsWith(':')) {
        params[part.slice(1)] = segment;
        return segment !== '';
      }
      return part === segment;
    });
    if (matches) return { route, params };
  }
  return null;
}
