import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { findSlugRedirect } from '@/lib/data/find-slug-redirect';
import { getPublishedArticle } from '@/lib/data/get-published-article';
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
  return { title: article.title, description: article.chapo };
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
      <ArticleView article={article} />
    </main>
  );
}
