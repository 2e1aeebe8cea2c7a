import { ArticleMain } from '../../../components/article/ArticleMain';
import { findMissingStory } from '../../data/find-missing-story';
import { getLiveFeed } from '../../data/get-live-feed';
import { getPublishedArticle } from '../../data/get-published-article';
import { articleMetadataInput } from '../../seo/article-seo';
import { parseSlug } from '../../validation/public-params';
import { MOST_READ_SHOWN } from '../most-read';
import { head, PAGE_NOT_FOUND, type TReaderPage } from '../page';

/** An entry's id in `?avant=`: what cuid() makes, nothing else reaches the database. */
function parseEntryId(value: string): string | null {
  return /^[a-z0-9]{20,40}$/.test(value) ? value : null;
}

/**
 * A published story at its address. Under another rubrique it answers 301 to its own; at an old slug,
 * 301 to the new one; taken offline after it was published, 410; never published, 404.
 */
export const articlePage: TReaderPage = async ({ params, query, mostRead }) => {
  const rubrique = parseSlug(params.rubrique ?? '');
  const slug = parseSlug(params.slug ?? '');
  if (!rubrique || !slug) return PAGE_NOT_FOUND;
  const article = await getPublishedArticle(slug);
  if (article) {
    if (article.rubrique.slug !== rubrique) return { kind: 'redirect', location: article.href };
    // « Les plus lus » at the end, without the story itself; and its read beacon.
    const others = (await mostRead()).filter((card) => card.id !== article.id).slice(0, MOST_READ_SHOWN);
    if (!article.liveStartedAt)
      return { kind: 'page', head: head(articleMetadataInput(article)), main: <ArticleMain article={article} mostRead={others} counted /> };
    // « En direct »: its entries, the newest or those before `?avant=<entry>` (« Entrées précédentes »).
    const before = query.get('avant');
    if (before !== null && !parseEntryId(before)) return PAGE_NOT_FOUND;
    const liveFeed = await getLiveFeed({ id: article.id, liveStartedAt: article.liveStartedAt, liveEndedAt: article.liveEndedAt }, before);
    if (!liveFeed) return PAGE_NOT_FOUND;
    return {
      kind: 'page',
      head: before
        ? [
            ...head(articleMetadataInput(article)).filter((tag) => tag.tag !== 'meta' || tag.name !== 'robots'),
            { tag: 'meta', name: 'robots', content: 'noindex, follow' },
          ]
        : head(articleMetadataInput(article)),
      main: <ArticleMain article={article} liveFeed={liveFeed} mostRead={others} counted={!before} />,
      // The small script that announces new entries runs on running lives only.
      script: liveFeed.endedAt || before ? undefined : 'live',
    };
  }
  const fate = await findMissingStory(slug);
  if (fate && 'moved' in fate) return { kind: 'redirect', location: fate.moved };
  return fate ? { kind: 'gone' } : PAGE_NOT_FOUND;
};
