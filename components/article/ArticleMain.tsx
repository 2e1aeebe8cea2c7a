import type { TLiveFeed } from '@/lib/data/get-live-feed';
import type { TArticlePage } from '@/lib/data/get-published-article';
import { articleJsonLd } from '@/lib/seo/article-seo';
import { JsonLd } from '../seo/JsonLd';
import { ArticleView } from './ArticleView';

/**
 * A story's page content, with its structured data; `notYetPublished`: the newsroom's preview of a
 * draft; `liveFeed`: the entries of a « En direct » page.
 */
export function ArticleMain({
  article,
  notYetPublished = false,
  liveFeed = null,
}: {
  article: TArticlePage;
  notYetPublished?: boolean;
  liveFeed?: TLiveFeed | null;
}) {
  return (
    <main id="contenu" className="page article-page">
      {articleJsonLd(article, liveFeed).map((data) => (
        <JsonLd key={String(data['@type'])} data={data} />
      ))}
      <ArticleView article={article} notYetPublished={notYetPublished} liveFeed={liveFeed} />
    </main>
  );
}
