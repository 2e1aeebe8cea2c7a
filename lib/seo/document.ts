/**
 * What every page's document says about itself, whoever renders it: Next's root layout
 * (app/layout.tsx) and the direct renderer of readers' stories (lib/render/article-document.tsx).
 */
import { SITE_NAME } from '../../components/site/SiteHeader';

export const THEME_COLOR = '#9f1820';
export const VIEWPORT_CONTENT = 'width=device-width, initial-scale=1';
export const TITLE_TEMPLATE = `%s — ${SITE_NAME}`;
export const DEFAULT_TITLE = `${SITE_NAME} — Manchettes, politique, culture`;

/** A page's own title inside the site's template (a `{ absolute }` title stands alone). */
export function documentTitle(title: string | { absolute: string }): string {
  return typeof title === 'string' ? TITLE_TEMPLATE.replace('%s', title) : title.absolute;
}
