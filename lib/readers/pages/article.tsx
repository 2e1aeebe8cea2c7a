import { ArticleMain } from '../../../components/article/ArticleMain';
import { findMissingStory } from '../../data/find-missing-story';
import { getPublishedArticle } from '../../data/get-published-article';
import { articleMetadataInput } from '../../seo/article-seo';
import { parseSlug } from '../../validation/public-params';
import { head, PAGE_NOT_FOUND, type TReaderPage } from '../page';

/**
 * A published story at its address. Under another rubrique it answers 301 to its own; at an old slug,
 * 301 to the new one; taken offline after it was published, 410; never published, 404.
 */
export const articlePage: TReaderPage = async ({ params }) => {
  const rubrique = parseSlug(params.rubrique ?? '');
  const slug = parseSlug(params.slug ?? '');
  if (!rubrique || !slug) return PAGE_NOT_FOUND;
  const article = await getPublishedArticle(slug);
  if (article) {
    if (article.rubrique.slug !== rubrique) return { kind: 'redirect', location: article.href };
    return { kind: 'page', head: head(articleMetadataInput(article)), main: <ArticleMain article={article} /> };
  }
  const fate = await findMissingStory(slug);
  if (fate && 'moved' in fate) return { kind: 'redirect', location: fate.moved };
  return fate ? { kind: 'gone' } : PAGE_NOT_FOUND;
};
