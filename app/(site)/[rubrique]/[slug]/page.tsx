import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { JsonLd } from '@/components/seo/JsonLd';
import { SITE_NAME } from '@/components/site/SiteHeader';
import { findSlugRedirect } from '@/lib/data/find-slug-redirect';
import { getPublishedArticle, type TArticlePage } from '@/lib/data/get-published-article';
import { applyFrenchTypography } from '@/lib/french/typography';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImage } from '@/lib/media/urls';
import { absoluteUrl, siteUrl } from '@/lib/site-url';
import { parseSlug } from '@/lib/validation/public-params';

type TProps = { params: Promise<{ rubrique: string; slug: string }> };

async function load(props: TProps) {
  const params = await props.params;
  const rubrique = parseSlug(params.rubrique);
  const slug = parseSlug(params.slug);
  if (!rubrique || !slug) return { article: null, rubrique: null, slug: null };
  return { article: await getPublishedArticle(slug), rubrique, slug };
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const { article } = await load(props);
  if (!article) return { title: 'Page introuvable' };
  const title = applyFrenchTypography(article.title);
  const share = article.image ? { ...shareImage(article.image), alt: article.image.alt } : undefined;
  return pageMetadata(
    { name: SITE_NAME, url: siteUrl() },
    {
      title,
      socialTitle: title,
      description: applyFrenchTypography(article.chapo),
      path: article.href,
      article: { publishedAt: article.publishedAt, lastUpdatedAt: article.lastUpdatedAt, section: article.rubrique.name, authorPath: `/auteurs/${article.author.slug}` },
      image: share ? { path: share.url, width: share.width, height: share.height, alt: share.alt } : undefined,
    },
  );
}

/** NewsArticle and its breadcrumb, for search engines. */
function articleJsonLd(article: TArticlePage) {
  const url = absoluteUrl(article.href);
  const rubriqueUrl = absoluteUrl(`/${article.rubrique.slug}`);
  const headline = applyFrenchTypography(article.title);
  const share = article.image ? shareImage(article.image) : undefined;
  return [
    newsArticleJsonLd({
      url,
      headline,
      description: applyFrenchTypography(article.chapo),
      publishedAt: article.publishedAt,
      lastUpdatedAt: article.lastUpdatedAt,
      section: article.rubrique.name,
      author: { name: article.author.name, url: absoluteUrl(`/auteurs/${article.author.slug}`) },
      publisher: { name: SITE_NAME, url: absoluteUrl('/') },
      image: share ? { ...share, url: absoluteUrl(share.url) } : undefined,
    }),
    breadcrumbJsonLd([
      { name: 'Accueil', url: absoluteUrl('/') },
      { name: article.rubrique.name, url: rubriqueUrl },
      { name: headline, url },
    ]),
  ];
}

export default async function ArticlePage(props: TProps) {
  const { article, rubrique, slug } = await load(props);
  if (!article) {
    // A story whose slug changed keeps answering at its old address (lib/server turns this into a 301).
    const moved = slug ? await findSlugRedirect(slug) : null;
    if (moved) permanentRedirect(moved);
    notFound();
  }
  if (article.rubrique.slug !== rubrique) permanentRedirect(article.href);
  return (
    <main id="contenu" className="page article-page">
      {articleJsonLd(article).map((data) => (
        <JsonLd key={String(data['@type'])} data={data} />
      ))}
      <ArticleView article={article} />
    </main>
  );
}
