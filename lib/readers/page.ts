/**
 * What a readers' page is, for the route table (lib/readers/routes.ts) and the renderer
 * (lib/readers/render.tsx): a function from the request to an outcome — a page (its head and its
 * <main>), a permanent redirect, « introuvable » (404) or « retiré » (410).
 */
import type { ReactElement } from 'react';
import type { TArticleCard } from '../data/published';
import type { TRubrique } from '../data/query-rubriques';
import { pageHeadTags, statusHeadTags, type THeadTag, type TPageMetadataInput } from '../seo/metadata';
import { shareImage } from '../media/urls';
import { documentTitle, siteIdentity } from '../site-settings';
import { siteUrl } from '../site-url';

export type TPageRequest = {
  /** The path, as cached (lib/server/public-paths.ts `publicPageUrl`). */
  path: string;
  query: URLSearchParams;
  /** The route's named segments, decoded (`:rubrique`, `:slug`). */
  params: Readonly<Record<string, string>>;
  /** The navigation, read once for the whole page (lib/readers/navigation.ts). */
  rubriques: TRubrique[];
  now: Date;
  /** « Les plus lus », for the pages that show the box (lib/readers/most-read.ts); none in some tests. */
  mostRead: () => Promise<TArticleCard[]>;
};

export type TPageOutcome =
  | {
      kind: 'page';
      head: THeadTag[];
      main: ReactElement;
      searched?: string;
      /** The one script a readers' page may carry: a running live's (lib/readers/live-script.ts). */
      script?: 'live';
    }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'gone' };

export type TReaderPage = (request: TPageRequest) => Promise<TPageOutcome>;

export const PAGE_NOT_FOUND: TPageOutcome = { kind: 'not-found' };

/**
 * The head of a page with its own canonical address. A page or story without a picture of its own is
 * shared with the site's default one (« Réglages du site »), so a shared link never shows a bare card.
 */
export function head(input: TPageMetadataInput): THeadTag[] {
  const { name, socialImage } = siteIdentity();
  const fallback = socialImage ? { ...shareImage(socialImage), alt: socialImage.alt } : undefined;
  const image =
    input.image ?? (fallback ? { path: fallback.url, width: fallback.width, height: fallback.height, alt: fallback.alt } : undefined);
  return pageHeadTags({ name, url: siteUrl() }, { ...input, image }, documentTitle(input.title));
}

/** The head of a page search engines should not keep (`robots`), under the site's template. */
export function unindexedHead(title: string, robots = 'noindex'): THeadTag[] {
  const { name, tagline } = siteIdentity();
  return statusHeadTags({ name, url: siteUrl() }, documentTitle(title), tagline, robots);
}

/** One query parameter as the pages read it: absent, one value, or several (never valid). */
export function param(query: URLSearchParams, name: string): string | string[] | undefined {
  const values = query.getAll(name);
  return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
}
