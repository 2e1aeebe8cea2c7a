import { ArticleCard } from '../../../components/article/ArticleCard';
import { Breadcrumb } from '../../../components/site/Breadcrumb';
import { Pagination } from '../../../components/site/Pagination';
import { AUTHOR_MAX_PAGE, getAuthorPage } from '../../data/get-author-page';
import { applyFrenchTypography } from '../../french/typography';
import { siteName } from '../../site-settings';
import { parsePage, parseSlug } from '../../validation/public-params';
import { head, PAGE_NOT_FOUND, param, type TReaderPage } from '../page';

/** An author's page: who they are, and their stories, newest first. */
export const authorPage: TReaderPage = async ({ params, query }) => {
  const slug = parseSlug(params.slug ?? '');
  const requested = parsePage(param(query, 'page'), AUTHOR_MAX_PAGE);
  if (!slug || !requested) return PAGE_NOT_FOUND;
  const found = await getAuthorPage(slug, requested);
  if (!found || (found.page > 1 && found.articles.length === 0)) return PAGE_NOT_FOUND;
  const { author, articles, page, hasNext } = found;
  const title = page > 1 ? `${author.name} — page ${page}` : author.name;
  return {
    kind: 'page',
    head: head({
      title,
      socialTitle: title,
      description: author.bio ? applyFrenchTypography(author.bio) : `Les articles de ${author.name} sur ${siteName()}.`,
      path: page > 1 ? `/auteurs/${author.slug}?page=${page}` : `/auteurs/${author.slug}`,
    }),
    main: (
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
    ),
  };
};
