/**
 * Every readers' page, rendered by React's server renderer straight to HTML: no React Server
 * Components payload, no client script (readers' pages ship none), one render per page. The route
 * table (lib/readers/routes.ts) picks the page; the page reads what it shows through lib/data
 * (which notes the surrogate keys, lib/cache/keys.ts); the document (lib/readers/document.tsx) puts
 * it in the one shell. The Node layer (lib/server) calls `render` for a reader's request and
 * `renderPreview` for the newsroom's « Aperçu », so a preview is exactly the page readers will get.
 */
import type { ReactElement, ReactNode } from 'react';
import type { TPreviewBanner } from '../process-bridge';
import { renderToString } from 'react-dom/server';
import { ArticleMain } from '../../components/article/ArticleMain';
import { keyFor, noteKeys } from '../cache/keys';
import type { TPublicAlert } from '../data/alerts';
import type { TArticlePage } from '../data/get-published-article';
import type { TLiveFeed } from '../data/get-live-feed';
import type { TRubrique } from '../data/query-rubriques';
import { articleMetadataInput } from '../seo/article-seo';
import type { THeadTag } from '../seo/metadata';
import type { TSiteAssets } from './assets';
import { Document } from './document';
import type { AlertCache } from './alert';
import type { IdentityCache } from './identity';
import { MOST_READ_SHOWN, type MostReadCache } from './most-read';
import type { NavigationCache } from './navigation';
import { head, unindexedHead } from './page';
import { STATUS_CODES, statusPage, type TStatusKind } from './pages/status';
import { matchRoute } from './routes';
import { homeOutcome } from './pages/home';
import type { THomepageOverride } from '../data/get-homepage';
import { ReportOutcome } from '../../components/article/ReportOutcome';
import type { TReportOutcome } from '../data/error-reports';

export type TRendered = { status: number; html: string; script?: 'live' } | { status: 301; location: string };

type TShell = {
  head: THeadTag[];
  main: ReactElement;
  rubriques: TRubrique[];
  currentPath: string;
  searched?: string;
  banner?: ReactNode;
  alert?: TPublicAlert | null;
  script?: 'live';
};

export class ReaderPages {
  constructor(
    readonly assets: TSiteAssets,
    private readonly navigation: NavigationCache,
    /** « Alerte info »; none without (the tests that render pages alone). */
    readonly alerts: AlertCache | null = null,
    /** The site's identity (« Réglages du site »); the defaults without (the tests that render pages alone). */
    private readonly identity: IdentityCache | null = null,
    /** « Les plus lus »; no box without. */
    readonly mostRead: MostReadCache | null = null,
  ) {}

  /** The HTTP response headers every page rendered here carries (the security ones come from lib/server). */
  linkHeader(): string {
    return `<${this.assets.stylesheet.path}>; rel=preload; as="style"`;
  }

  private document({ head: tags, main, rubriques, currentPath, searched, banner, alert, script }: TShell): string {
    // React writes the document from <html> on; the doctype is the page's first line.
    return `<!DOCTYPE html>${renderToString(
      <Document
        assets={this.assets}
        head={tags}
        rubriques={rubriques}
        now={new Date()}
        currentPath={currentPath}
        searched={searched}
        banner={banner}
        alert={alert}
        script={script}
      >
        {main}
      </Document>,
    )}`;
  }

  /**
   * The page at `url` (path and the query parameters pages read: lib/server/public-paths.ts
   * `publicPageUrl`). `epoch`: the shared cache's purge epoch read before the render (null without Redis).
   * Throws when the database fails: the caller answers the 503 (`renderStatus('unavailable')`).
   */
  async render(url: string, epoch: string | null = null): Promise<TRendered> {
    const mark = url.indexOf('?');
    const path = mark === -1 ? url : url.slice(0, mark);
    const query = new URLSearchParams(mark === -1 ? '' : url.slice(mark + 1));
    // `/politique/` is `/politique`: a link shared with a trailing slash still leads to its page.
    if (path.length > 1 && path.endsWith('/')) {
      const location = (path.replace(/\/+$/, '') || '/') + (mark === -1 ? '' : url.slice(mark));
      return { status: 301, location };
    }
    const [rubriques, alert] = await Promise.all([this.navigation.get(epoch), this.alerts?.get(epoch) ?? null, this.identity?.get(epoch)]);
    noteKeys(keyFor.layout);
    const matched = matchRoute(path);
    const outcome = matched
      ? await matched.route.page({
          path,
          query,
          params: matched.params,
          rubriques,
          now: new Date(),
          mostRead: () => this.mostRead?.get(epoch) ?? Promise.resolve([]),
        })
      : ({ kind: 'not-found' } as const);
    if (outcome.kind === 'redirect') return { status: 301, location: outcome.location };
    if (outcome.kind === 'page')
      return { status: 200, html: this.document({ ...outcome, rubriques, alert, currentPath: path }), script: outcome.script };
    return {
      status: STATUS_CODES[outcome.kind],
      html: this.document({ ...statusPage(outcome.kind), rubriques, alert, currentPath: path }),
    };
  }

  /**
   * Runs every route once, in this process, before the server takes readers: the database pool
   * connects, each query's plan is compiled, React's and the pages' code is compiled by V8. Otherwise the
   * first reader of each kind of page pays for all of it (close to a second, measured). Nothing is sent
   * or kept: the caches only ever hold pages rendered for a request. Failures are ignored (the database
   * may still be starting): the first readers then pay, as before.
   */
  async prepare(): Promise<void> {
    const rubrique = (await this.navigation.get().catch(() => []))[0]?.slug ?? 'rubrique';
    for (const url of [
      '/',
      `/${rubrique}`,
      `/${rubrique}/premier-rendu`,
      '/auteurs',
      '/auteurs/premier-rendu',
      '/recherche?q=premier',
      '/a/b/c',
    ]) {
      await this.render(url).catch(() => null);
    }
  }

  /**
   * A page the server answers by itself, without reading anything: the 503 (the database is away) and
   * the 429. The navigation is the last one read, if any.
   */
  renderStatus(kind: Extract<TStatusKind, 'unavailable' | 'too-many'>): string {
    return this.document({ ...statusPage(kind), rubriques: this.navigation.last, alert: this.alerts?.last(), currentPath: '' });
  }

  /**
   * The newsroom's « Aperçu »: the story as readers will get it (the same document, stylesheet and
   * components), under a banner that says what it is and leads back to the editor.
   */
  async renderPreview(
    article: TArticlePage,
    banner: TPreviewBanner,
    notYetPublished: boolean,
    liveFeed: TLiveFeed | null = null,
  ): Promise<string> {
    const [rubriques] = await Promise.all([this.navigation.get(), this.identity?.get()]);
    const tags = head(articleMetadataInput(article)).filter((tag) => tag.tag === 'title');
    return this.document({
      head: [...tags, { tag: 'meta', name: 'robots', content: 'noindex, nofollow' }],
      main: <ArticleMain article={article} notYetPublished={notYetPublished} liveFeed={liveFeed} />,
      rubriques,
      alert: await this.alerts?.get(),
      currentPath: article.href,
      banner: (
        <div className="preview-banner" role="note">
          <p>{banner.text}</p>
          <a href={banner.backHref}>Revenir à l’édition</a>
        </div>
      ),
    });
  }

  /**
   * « La une »'s preview: Manchettes with the arrangement an editor has not published yet, through the
   * readers' own query and page, under the same banner as a story's preview.
   */
  async renderFrontPreview(arrangement: THomepageOverride, banner: TPreviewBanner): Promise<string> {
    const [rubriques] = await Promise.all([this.navigation.get(), this.identity?.get()]);
    const outcome = await homeOutcome(rubriques, ((await this.mostRead?.get()) ?? []).slice(0, MOST_READ_SHOWN), arrangement);
    if (outcome.kind !== 'page') return this.document({ ...statusPage('not-found'), rubriques, currentPath: '/' });
    return this.document({
      head: [...outcome.head.filter((tag) => tag.tag === 'title'), { tag: 'meta', name: 'robots', content: 'noindex, nofollow' }],
      main: outcome.main,
      rubriques,
      alert: await this.alerts?.get(),
      currentPath: '/',
      banner: (
        <div className="preview-banner" role="note">
          <p>{banner.text}</p>
          <a href={banner.backHref}>Revenir à la une</a>
        </div>
      ),
    });
  }

  /**
   * « Signaler une erreur »: the answer to a reader's report (app/api/signalements/route.ts, through
   * lib/process-bridge.ts), in the readers' own document: the thanks, or the form again with the
   * reader's text and what to fix. Never kept by a cache.
   */
  async renderReport(outcome: TReportOutcome): Promise<string> {
    const rubriques = await this.navigation.get();
    const title = outcome.kind === 'sent' ? 'Merci pour votre signalement' : 'Signalement non envoyé';
    return this.document({
      head: unindexedHead(title, 'noindex, nofollow'),
      main: <ReportOutcome outcome={outcome} />,
      rubriques,
      alert: await this.alerts?.get(),
      currentPath: outcome.story?.href ?? '',
    });
  }
}
