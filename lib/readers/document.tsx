/**
 * The one document of every readers' page: the head (charset, viewport, stylesheet, colour, the
 * page's own tags, icon) and the shell (header with the navigation, the page's <main>, footer).
 * Rendered by `react-dom/server` (lib/readers/render.tsx). No script, but on a running live page the
 * one that announces new entries (lib/readers/live-script.ts).
 */
import type { ReactElement, ReactNode } from 'react';
import { AlertBand } from '../../components/site/AlertBand';
import { SiteFooter } from '../../components/site/SiteFooter';
import { SiteHeader } from '../../components/site/SiteHeader';
import type { TPublicAlert } from '../data/alerts';
import type { TRubrique } from '../data/query-rubriques';
import type { THeadTag } from '../seo/metadata';
import { THEME_COLOR, VIEWPORT_CONTENT } from '../site-settings';
import type { TSiteAssets } from './assets';
import { LIVE_SCRIPT } from './live-script';

function HeadTag({ tag }: { tag: THeadTag }) {
  if (tag.tag === 'title') return <title>{tag.text}</title>;
  if (tag.tag === 'link') return <link rel={tag.rel} href={tag.href} type={tag.type} title={tag.title} />;
  return <meta name={tag.name} property={tag.property} content={tag.content} />;
}

export type TDocumentProps = {
  assets: TSiteAssets;
  head: THeadTag[];
  rubriques: TRubrique[];
  now: Date;
  /** The page's path: marks the current rubrique in the bar. */
  currentPath: string;
  /** On the results page, the words searched, kept in the header's box. */
  searched?: string;
  /** Above the header: the newsroom's preview banner. */
  banner?: ReactNode;
  /** « Alerte info », above the header while it runs. */
  alert?: TPublicAlert | null;
  /** A running live's script, the only one a readers' page may carry (allowed by its hash). */
  script?: 'live';
  children: ReactElement;
};

export function Document({ assets, head, rubriques, now, currentPath, searched, banner, alert, script, children }: TDocumentProps) {
  return (
    <html lang="fr">
      {/* eslint-disable-next-line @next/next/no-head-element -- a whole document for react-dom/server, not a Next page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content={VIEWPORT_CONTENT} />
        <link rel="stylesheet" href={assets.stylesheet.path} />
        <meta name="theme-color" content={THEME_COLOR} />
        {head.map((tag, index) => (
          <HeadTag key={index} tag={tag} />
        ))}
        <link rel="icon" href={assets.icon.path} type="image/svg+xml" sizes="any" />
      </head>
      <body>
        {banner}
        {alert ? <AlertBand alert={alert} /> : null}
        <SiteHeader rubriques={rubriques} now={now} currentPath={currentPath} searched={searched} />
        {children}
        <SiteFooter rubriques={rubriques} year={now.getFullYear()} />
        {script === 'live' ? <script dangerouslySetInnerHTML={{ __html: LIVE_SCRIPT }} /> : null}
      </body>
    </html>
  );
}
