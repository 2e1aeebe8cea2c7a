import type { TArticlePage } from '@/lib/data/get-published-article';
import { articleJsonLd } from '@/lib/seo/article-seo';
import { JsonLd } from '../seo/JsonLd';
import { ArticleView } from './ArticleView';

/** A story's page content, with its structured data; `notYetPublished`: the newsroom's preview of a draft. */
export function ArticleMain({ article, notYetPublished = false }: { article: TArticlePage; notYetPublished?: boolean }) {
  return (
    <main id="contenu" className="page article-page">
      {articleJsonLd(article).map((data) => (
        <JsonLd key={String(data['@type'])} data={data} />
      ))}
      <ArticleView article={article} notYetPublished={notYetPublished} />
    </main>
  );
}
