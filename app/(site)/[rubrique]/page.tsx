import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article/ArticleCard';
import { Breadcrumb } from '@/components/site/Breadcrumb';
import { Pagination } from '@/components/site/Pagination';
import { findRubriqueArticles, RUBRIQUE_MAX_PAGE } from '@/lib/data/find-rubrique-articles';
import { getRubriqueBySlug } from '@/lib/data/get-rubrique-by-slug';
import { parsePage, parseSlug } from '@/lib/validation/public-params';

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
  return { title: found.page > 1 ? `${found.rubrique.name} — page ${found.page}` : found.rubrique.name, description: found.rubrique.description };
}

export default async function RubriquePage(props: TProps) {
  const found = await load(props);
  if (!found) notFound();
  const { rubrique, page } = found;
  const list = await findRubriqueArticles(rubrique.id, page);
  if (page > 1 && list.articles.length === 0) notFound();
  return (
    <main id="contenu" className="page rubrique">
      <Breadcrumb items={[{ name: 'Accueil', href: '/' }, { name: rubrique.name }]} />
      <header className="page-header">
        <h1>{rubrique.name}</h1>
        {rubrique.description ? <p className="page-intro">{rubrique.description}</p> : null}
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
