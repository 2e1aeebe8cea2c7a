import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article/ArticleCard';
import { Breadcrumb } from '@/components/site/Breadcrumb';
import { Pagination } from '@/components/site/Pagination';
import { SITE_NAME } from '@/components/site/SiteHeader';
import { JsonLd } from '@/components/seo/JsonLd';
import { findRubriqueArticles, RUBRIQUE_MAX_PAGE } from '@/lib/data/find-rubrique-articles';
import { getRubriqueBySlug } from '@/lib/data/get-rubrique-by-slug';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, siteUrl } from '@/lib/site-url';
import { parsePage, parseSlug } from '@/lib/validation/public-params';
import { applyFrenchTypography } from '@/lib/french/typography';

type TProps = { params: Promise<{ rubrique: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function load(props: TProps) {
  const slug = parseSlug((await props.params).rubrique);
  const page = parsePage((await props.searchParams).page, RUBRIQUE_MAX_PAGE);
  if (!slug || !page) return null;
  const rubrique = await getRubriqueBySlug(slug);
  return rubrique ? { rubrique, page } : null;
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const found = await load(props);
  if (!found) return { title: 'Page introuvable' };
  const { rubrique, page } = found;
  const title = page > 1 ? `${rubrique.name} — page ${page}` : rubrique.name;
  return pageMetadata(
    { name: SITE_NAME, url: siteUrl() },
    {
      title,
      socialTitle: title,
      description: rubrique.description || `Les derniers articles de la rubrique ${rubrique.name} sur ${SITE_NAME}.`,
      // Each page of the list is its own canonical page (Google's advice for paginated lists).
      path: page > 1 ? `/${rubrique.slug}?page=${page}` : `/${rubrique.slug}`,
      feed: { path: `/${rubrique.slug}/rss.xml`, title: `${SITE_NAME} — ${rubrique.name}` },
    },
  );
}

export default async function RubriquePage(props: TProps) {
  const found = await load(props);
  if (!found) notFound();
  const { rubrique, page } = found;
  const list = await findRubriqueArticles(rubrique.id, page);
  if (page > 1 && list.articles.length === 0) notFound();
  return (
    <main id="contenu" className="page rubrique">
      <JsonLd data={breadcrumbJsonLd([{ name: 'Accueil', url: absoluteUrl('/') }, { name: rubrique.name, url: absoluteUrl(`/${rubrique.slug}`) }])} />
      <Breadcrumb items={[{ name: 'Accueil', href: '/' }, { name: rubrique.name }]} />
      <header className="page-header">
        <h1>{rubrique.name}</h1>
        {rubrique.description ? <p className="page-intro">{applyFrenchTypography(rubrique.description)}</p> : null}
      </header>
      {list.articles.length === 0 ? (
        <p className="empty">Aucun article publié dans cette rubrique pour le moment.</p>
      ) : (
        <div className="grid grid-list">
          {list.articles.map((article) => (
            <ArticleCard key={article.id} article={article} headingLevel={2} showRubrique={false} />
          ))}
        </div>
      )}
      <Pagination basePath={`/${rubrique.slug}`} page={list.page} hasNext={list.hasNext} />
    </main>
  );
}
