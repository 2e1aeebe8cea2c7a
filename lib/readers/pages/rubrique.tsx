import { ArticleCard } from '../../../components/article/ArticleCard';
import { JsonLd } from '../../../components/seo/JsonLd';
import { Breadcrumb } from '../../../components/site/Breadcrumb';
import { Pagination } from '../../../components/site/Pagination';
import { findRubriqueArticles, RUBRIQUE_MAX_PAGE } from '../../data/find-rubrique-articles';
import { findRubriqueRedirect } from '../../data/find-rubrique-redirect';
import { getRubriqueBySlug } from '../../data/get-rubrique-by-slug';
import { applyFrenchTypography } from '../../french/typography';
import { breadcrumbJsonLd } from '../../seo/json-ld';
import { siteName } from '../../site-settings';
import { absoluteUrl } from '../../site-url';
import { parsePage, parseSlug } from '../../validation/public-params';
import { head, PAGE_NOT_FOUND, param, type TReaderPage } from '../page';

/**
 * A rubrique's stories, newest first, by pages; each page is its own canonical page (Google's advice).
 * At a rubrique's old address, 301 to its current one, page included. A rubrique out of the menu (no
 * story online yet, not shown by an editor) still has its page, so the newsroom can look at it, but
 * search engines are asked not to keep it.
 */
export const rubriquePage: TReaderPage = async ({ params, query, rubriques }) => {
  const slug = parseSlug(params.rubrique ?? '');
  const page = parsePage(param(query, 'page'), RUBRIQUE_MAX_PAGE);
  if (!slug) return PAGE_NOT_FOUND;
  // From the navigation the page already read; a rubrique out of the menu, or created outside the app
  // (by SQL) before the next purge, is not in it, so an address the navigation does not know is looked up.
  const inMenu = rubriques.find((candidate) => candidate.slug === slug);
  const rubrique = inMenu ?? (await getRubriqueBySlug(slug));
  if (!rubrique) {
    const moved = await findRubriqueRedirect(slug);
    return moved ? { kind: 'redirect', location: `/${moved}${query.size > 0 ? `?${query}` : ''}` } : PAGE_NOT_FOUND;
  }
  if (!page) return PAGE_NOT_FOUND;
  const list = await findRubriqueArticles(rubrique.id, page);
  if (page > 1 && list.articles.length === 0) return PAGE_NOT_FOUND;
  const title = page > 1 ? `${rubrique.name} — page ${page}` : rubrique.name;
  const tags = head({
    title,
    socialTitle: title,
    description: rubrique.description || `Les derniers articles de la rubrique ${rubrique.name} sur ${siteName()}.`,
    path: page > 1 ? `/${rubrique.slug}?page=${page}` : `/${rubrique.slug}`,
    feed: { path: `/${rubrique.slug}/rss.xml`, title: `${siteName()} — ${rubrique.name}` },
  });
  return {
    kind: 'page',
    head: inMenu ? tags : [...tags, { tag: 'meta', name: 'robots', content: 'noindex' }],
    main: (
      <main id="contenu" className="page rubrique">
        <JsonLd
          data={breadcrumbJsonLd([
            { name: 'Accueil', url: absoluteUrl('/') },
            { name: rubrique.name, url: absoluteUrl(`/${rubrique.slug}`) },
          ])}
        />
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
    ),
  };
};
