import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { RelatedInline, RelatedList } from '@/components/article/RelatedLinks';
import { UpdateNotice } from '@/components/article/UpdateNotice';
import { Breadcrumb } from '@/components/site/Breadcrumb';
import { findSlugRedirect } from '@/lib/data/find-slug-redirect';
import { getPublishedArticle } from '@/lib/data/get-published-article';
import { renderBody } from '@/lib/content/render-body';
import { formatDateTime, toIsoString } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';
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
    // A story whose slug changed keeps answering at its old address, permanently redirected.
    const moved = slug ? await findSlugRedirect(slug) : null;
    if (moved) permanentRedirect(moved);
    notFound();
  }
  if (article.rubrique.slug !== rubrique) permanentRedirect(article.href);

  const body = renderBody(article.body);
  const inline = article.related.find((link) => link.inline);
  const closing = article.related.filter((link) => link !== inline);
  const latestUpdate = article.updates[0];

  return (
    <main id="contenu" className="page article-page">
      <article className="article">
        <header className="article-header">
          <Breadcrumb items={[{ name: 'Accueil', href: '/' }, { name: article.rubrique.name, href: `/${article.rubrique.slug}` }]} />
          <h1>{applyFrenchTypography(article.title)}</h1>
          <p className="chapo">{applyFrenchTypography(article.chapo)}</p>
          <div className="byline">
            <p>
              Par{' '}
              <Link href={`/auteurs/${article.author.slug}`} rel="author">
                {article.author.name}
              </Link>
            </p>
            <p>
              Publié le <time dateTime={toIsoString(article.publishedAt)}>{formatDateTime(article.publishedAt)}</time>
              {latestUpdate ? (
                <>
                  <br />
                  Mis à jour le <time dateTime={toIsoString(latestUpdate.createdAt)}>{formatDateTime(latestUpdate.createdAt)}</time>
                </>
              ) : null}
            </p>
          </div>
        </header>
        {/* Body HTML comes from Markdown rendered with raw HTML disabled (lib/content/render-body.ts). */}
        <div className="article-body" dangerouslySetInnerHTML={{ __html: body.before }} />
        {inline ? <RelatedInline link={inline} /> : null}
        {body.after ? <div className="article-body" dangerouslySetInnerHTML={{ __html: body.after }} /> : null}
        <UpdateNotice updates={article.updates} />
        <RelatedList links={closing} />
      </article>
    </main>
  );
}
