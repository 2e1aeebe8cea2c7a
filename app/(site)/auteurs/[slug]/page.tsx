import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article/ArticleCard';
import { Breadcrumb } from '@/components/site/Breadcrumb';
import { Pagination } from '@/components/site/Pagination';
import { SITE_NAME } from '@/components/site/SiteHeader';
import { AUTHOR_MAX_PAGE, getAuthorPage } from '@/lib/data/get-author-page';
import { applyFrenchTypography } from '@/lib/french/typography';
import { pageMetadata } from '@/lib/seo/metadata';
import { siteUrl } from '@/lib/site-url';
import { parsePage, parseSlug } from '@/lib/validation/public-params';

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function load(props: TProps) {
  const slug = parseSlug((await props.params).slug);
  const page = parsePage((await props.searchParams).page, AUTHOR_MAX_PAGE);
  if (!slug || !page) return null;
  return getAuthorPage(slug, page);
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const found = await load(props);
  if (!found) return { title: 'Page introuvable' };
  const { author, page } = found;
  const title = page > 1 ? `${author.name} — page ${page}` : author.name;
  return pageMetadata(
    { name: SITE_NAME, url: siteUrl() },
    {
      title,
      socialTitle: title,
      description: author.bio ? applyFrenchTypography(author.bio) : `Les articles de ${author.name} sur ${SITE_NAME}.`,
      path: page > 1 ? `/auteurs/${author.slug}?page=${page}` : `/auteurs/${author.slug}`,
    },
  );
}

export default async function AuthorPage(props: TProps) {
  const found = await load(props);
  if (!found || (found.page > 1 && found.articles.length === 0)) notFound();
  const { author, articles, page, hasNext } = found;
  return (
    <main id="contenu" className="page author">
      <Breadcrumb items={[{ name: 'Accueil', href: '/' }, { name: 'La rédaction', href: '/auteurs' }, { name: author.name }]} />
      <header className="page-header">
        <h1>{author.name}</h1>
        {author.bio ? <p className="page-intro">{applyFrenchTypography(author.bio)}</p> : null}
      </header>
      {articles.length === 0 ? (
        <p className="empty">Aucun article publié pour le moment.</p>
      ) : (
        <>
          <h2 className="section-title">Ses articles</h2>
          <div className="grid grid-list">
            {articles.map((article) => (
              <ArticleCard key={article.id} article={article} />
            ))}
          </div>
        </>
      )}
      <Pagination basePath={`/auteurs/${author.slug}`} page={page} hasNext={hasNext} />
    </main>
  );
}
