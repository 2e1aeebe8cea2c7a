import type { TArticlePage } from '@/lib/data/get-published-article';
import { articleJsonLd } from '@/lib/seo/article-seo';
import { JsonLd } from '../seo/JsonLd';
import { ArticleView } from './ArticleView';

/** A published story's page content, with its structured data: the same from either renderer. */
export function ArticleMain({ article }: { article: TArticlePage }) {
  return (
    <main id="contenu" className="page article-page">
      {articleJsonLd(article).map((data) => (
        <JsonLd key={String(data['@type'])} data={data} />
      ))}
      <ArticleView article={article} />
    </main>
  );
}
