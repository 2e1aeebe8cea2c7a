import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleMain } from '@/components/article/ArticleMain';
import { SITE_NAME } from '@/components/site/SiteHeader';
import { findSlugRedirect } from '@/lib/data/find-slug-redirect';
import { getPublishedArticle } from '@/lib/data/get-published-article';
import { articleMetadataInput } from '@/lib/seo/article-seo';
import { pageMetadata } from '@/lib/seo/metadata';
import { siteUrl } from '@/lib/site-url';
import { parseSlug } from '@/lib/validation/public-params';

/*
 * Readers' requests for a published story are normally answered by lib/render/article-document.tsx,
 * without Next (a third of the cost); this page answers the rest: an old slug (301), a story filed under
 * another rubrique, a missing one (404), and every request while the server has not yet learned the
 * build's stylesheet. Both render the same components (ArticleMain) and the same head.
 */

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
  return pageMetadata({ name: SITE_NAME, url: siteUrl() }, articleMetadataInput(article));
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
  return <ArticleMain article={article} />;
}
