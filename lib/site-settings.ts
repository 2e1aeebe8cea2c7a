/**
 * The site's facts, in one place: its name, its line, its colour, how a page's title is written.
 * Every renderer reads them from here — readers' pages (lib/readers), the newsroom's root layout
 * (app/layout.tsx), feeds and structured data. The public address is read at run time
 * (lib/site-url.ts), not here: one build serves any host.
 */
import { applyFrenchTypography } from './french/typography';

export const SITE_NAME = 'Dakarinfo';
export const SITE_TAGLINE = applyFrenchTypography(
  'L’actualité en français, vérifiée, datée et mise à jour\u00a0: politique, culture, monde.',
);
export const SITE_LOCALE = 'fr_FR';
export const THEME_COLOR = '#9f1820';
export const VIEWPORT_CONTENT = 'width=device-width, initial-scale=1';
export const TITLE_TEMPLATE = `%s — ${SITE_NAME}`;
export const DEFAULT_TITLE = `${SITE_NAME} — Manchettes, politique, culture`;

/** A page's own title inside the site's template (a `{ absolute }` title stands alone). */
export function documentTitle(title: string | { absolute: string }): string {
  // A function, not a string, as the replacement: a title's « $& » or « $' » stays as it is written.
  return typeof title === 'string' ? TITLE_TEMPLATE.replace('%s', () => title) : title.absolute;
}
