/**
 * First path segments the site's own folders take (app/): no rubrique may have them as its slug, and
 * the readers' route table (lib/readers/routes.ts) never reads them as a rubrique.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'admin',
  'api',
  'auteurs',
  'medias',
  // « Les plus lus »'s read beacon, /lu/<id>.gif.
  'lu',
  'recherche',
  'mentions-legales',
  'mises-a-jour',
  'connexion',
  'deconnexion',
  'rss-xml',
  'sitemap-xml',
  'robots-txt',
  'apercu',
  '_next',
]);
