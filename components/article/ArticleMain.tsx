import type { TLiveFeed } from '@/lib/data/get-live-feed';
import type { TArticlePage } from '@/lib/data/get-published-article';
import type { TArticleCard } from '@/lib/data/published';
import { readBeaconPath } from '@/lib/content/read-beacon';
import { articleJsonLd } from '@/lib/seo/article-seo';
import { JsonLd } from '../seo/JsonLd';
import { ArticleView } from './ArticleView';
import { MostRead } from './MostRead';

/**
 * A story's page content, with its structured data; `notYetPublished`: the newsroom's preview of a
 * draft; `liveFeed`: the entries of a « En direct » page; `mostRead`: « Les plus lus » after the story;
 * `counted`: the page carries its read beacon (readers' pages; never a preview).
 */
export function ArticleMain({
  article,
  notYetPublished = false,
  liveFeed = null,
  mostRead = [],
  counted = false,
}: {
  article: TArticlePage;
  notYetPublished?: boolean;
  liveFeed?: TLiveFeed | null;
  mostRead?: TArticleCard[];
  counted?: boolean;
}) {
  return (
    <main id="contenu" className="page article-page">
      {articleJsonLd(article, liveFeed).map((data) => (
        <JsonLd key={String(data['@type'])} data={data} />
      ))}
      <ArticleView article={article} notYetPublished={notYetPublished} liveFeed={liveFeed} />
      <MostRead stories={mostRead} />
      {/* « Les plus lus » counts this read: an image, so it works without a script and whatever cache
          answered the page (lib/server/read-counter.ts). */}
      {/* eslint-disable-next-line @next/next/no-img-element -- a 1×1 beacon, not a picture to optimise */}
      {counted ? <img className="read-beacon" src={readBeaconPath(article.id)} alt="" width={1} height={1} /> : null}
    </main>
  );
}
