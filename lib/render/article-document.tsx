/**
 * Readers' stories rendered straight to HTML by React's server renderer, without Next.js.
 *
 * Readers' pages carry no JavaScript (lib/server/lean-html.ts): everything on them is server-rendered
 * HTML. Through Next's App Router, every such page is still rendered twice — once as a React Server
 * Components payload, once from that payload to HTML — and the payload then inlined into the page
 * (and cut out again by lib/server). For a story that is about two thirds of the CPU of a cache miss
 * (bench/RESULTS.md): the same components rendered once by `react-dom/server` cost a third of it. On
 * election night every purge of a busy story is such a miss, on every instance.
 *
 * So a published story, asked for at its own address, is rendered here with the very components of
 * Next's page (ArticleMain, SiteHeader, SiteFooter) and the same head (lib/seo/metadata.ts
 * `pageHeadTags`, the build's stylesheet and icon as Next itself wrote them in a page). Everything
 * else — an old slug (301), a wrong rubrique, a missing story (404), the newsroom — stays with Next,
 * and `PUBLIC_RENDERER=next` sends every request there. e2e/direct-render.spec.ts compares both
 * renderers' pages byte for byte.
 */
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ArticleMain } from '../../components/article/ArticleMain';
import { SiteFooter } from '../../components/site/SiteFooter';
import { SITE_NAME, SiteHeader } from '../../components/site/SiteHeader';
import { keyFor, noteKeys } from '../cache/keys';
import { getPublishedArticle } from '../data/get-published-article';
import { queryRubriques, type TRubrique } from '../data/query-rubriques';
import { articleMetadataInput } from '../seo/article-seo';
import { documentTitle, THEME_COLOR, VIEWPORT_CONTENT } from '../seo/document';
import { pageHeadTags, type THeadTag } from '../seo/metadata';
import { siteUrl } from '../site-url';
import { parseSlug } from '../validation/public-params';
import { RESERVED_SLUGS } from '../validation/reserved-slugs';

/** What a page's head takes from the build: Next's hashed stylesheets and the site's icon. */
export type TDocumentAssets = { stylesheets: string[]; icon: Record<string, string> | null };

const ATTRIBUTE = /([a-zA-Z-]+)="([^"]*)"/g;

function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(ATTRIBUTE)) attributes[name as string] = (value as string).replaceAll('&amp;', '&');
  return attributes;
}

/**
 * The build's stylesheets and icon as Next wrote them in the head of a readers' page it rendered (the
 * (site) pages share one stylesheet, the root layout's). Null when the page has none to learn from.
 */
export function documentAssetsFrom(html: string): TDocumentAssets | null {
  const end = html.indexOf('</head>');
  if (end === -1) return null;
  const head = html.slice(0, end);
  const stylesheets: string[] = [];
  let icon: Record<string, string> | null = null;
  for (const [tag] of head.matchAll(/<link\b[^>]*>/g)) {
    const attributes = attributesOf(tag);
    if (attributes.rel === 'stylesheet' && attributes['data-precedence'] === 'next' && attributes.href?.startsWith('/_next/')) stylesheets.push(attributes.href);
    else if (attributes.rel === 'icon' && attributes.href) icon = attributes;
  }
  return stylesheets.length > 0 ? { stylesheets, icon } : null;
}

/** `/<rubrique>/<slug>`: the address of a story (the site's own folders share the shape: /auteurs/…, /medias/…). */
export function storyAddress(url: string): { rubrique: string; slug: string } | null {
  if (url.includes('?')) return null;
  const segments = url.split('/');
  if (segments.length !== 3 || segments[0] !== '' || RESERVED_SLUGS.has(segments[1] ?? '')) return null;
  const rubrique = parseSlug(segments[1]);
  const slug = parseSlug(segments[2]);
  return rubrique && slug ? { rubrique, slug } : null;
}

function HeadTag({ tag }: { tag: THeadTag }) {
  if (tag.tag === 'title') return <title>{tag.text}</title>;
  if (tag.tag === 'link') return <link rel={tag.rel} href={tag.href} type={tag.type} title={tag.title} />;
  return <meta name={tag.name} property={tag.property} content={tag.content} />;
}

function Document({ assets, head, children }: { assets: TDocumentAssets; head: THeadTag[]; children: ReactElement[] }) {
  return (
    <html lang="fr">
      {/* eslint-disable-next-line @next/next/no-head-element -- a whole document for react-dom/server, not a Next page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content={VIEWPORT_CONTENT} />
        {assets.stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} precedence="next" />
        ))}
        <meta name="theme-color" content={THEME_COLOR} />
        {head.map((tag, index) => (
          <HeadTag key={index} tag={tag} />
        ))}
        {assets.icon ? <link rel="icon" href={assets.icon.href} sizes={assets.icon.sizes} type={assets.icon.type} /> : null}
      </head>
      <body>{children}</body>
    </html>
  );
}

/** How long the navigation's rubriques are kept at most when no purge comes (as Next's data cache: 5 min). */
const RUBRIQUES_TTL_MS = 300_000;

export class ArticleDocumentRenderer {
  private assets: TDocumentAssets | null = null;
  private rubriques: { value: TRubrique[]; generation: number; epoch: string | null; at: number } | null = null;

  /**
   * `generation` moves on every purge this instance hears of (lib/server/page-cache.ts); the rubriques
   * are read again after one, and whenever the shared cache's purge epoch (Redis) moved: another
   * instance's purge may not have reached this one yet, and a page rendered from the old navigation
   * must not go into the shared cache under the new epoch.
   */
  constructor(private readonly generation: () => number) {}

  get ready(): boolean {
    return this.assets !== null;
  }

  /** Takes the build's stylesheets and icon from a readers' page Next rendered. */
  learnFrom(html: string): void {
    this.assets ??= documentAssetsFrom(html);
  }

  /** The response headers of a page rendered here (the security ones come from lib/server). */
  linkHeader(): string {
    return (this.assets?.stylesheets ?? []).map((href) => `<${href}>; rel=preload; as="style"`).join(', ');
  }

  private async navigation(epoch: string | null): Promise<TRubrique[]> {
    const generation = this.generation();
    const kept = this.rubriques;
    if (kept && kept.generation === generation && kept.epoch === epoch && Date.now() - kept.at < RUBRIQUES_TTL_MS) return kept.value;
    const value = await queryRubriques();
    this.rubriques = { value, generation, epoch, at: Date.now() };
    return value;
  }

  /**
   * The whole page of the published story at `url`, or null when Next must answer (not a story's
   * address, no such published story, a story filed under another rubrique, assets not learned yet).
   * Called inside lib/cache/keys `collectRenderKeys`: it notes the same keys as Next's page. `epoch`:
   * the shared cache's purge epoch read before the render (null without Redis).
   */
  async render(url: string, epoch: string | null = null): Promise<string | null> {
    const assets = this.assets;
    const address = storyAddress(url);
    if (!assets || !address) return null;
    const [article, rubriques] = await Promise.all([getPublishedArticle(address.slug), this.navigation(epoch)]);
    if (!article || article.rubrique.slug !== address.rubrique) return null;
    noteKeys(keyFor.layout);
    const metadata = articleMetadataInput(article);
    const head = pageHeadTags({ name: SITE_NAME, url: siteUrl() }, metadata, documentTitle(metadata.title));
    const now = new Date();
    // React writes the document from <html> on; the doctype is the page's first line, as Next writes it.
    return `<!DOCTYPE html>${renderToString(
      <Document assets={assets} head={head}>
        {[
          <SiteHeader key="header" rubriques={rubriques} now={now} currentPath={url} />,
          <ArticleMain key="main" article={article} />,
          <SiteFooter key="footer" rubriques={rubriques} year={now.getFullYear()} />,
        ]}
      </Document>,
    )}`;
  }
}
