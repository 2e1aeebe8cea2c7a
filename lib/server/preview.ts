/**
 * The newsroom's « Aperçu » of a story (and of « La une », app/admin/une/apercu/route.ts) is a Next route (app/admin/articles/[id]/apercu/route.ts: it checks the
 * session and the right to edit the story), but the page it shows is the readers' page, rendered by
 * this process's readers' renderer: it reaches it through lib/process-bridge.ts.
 */
import { getLiveFeed } from '../data/get-live-feed';
import { getArticlePreview } from '../data/get-published-article';
import { processBridge } from '../process-bridge';
import type { ReaderPages } from '../readers/render';

export function registerPreview(readers: ReaderPages): void {
  processBridge().renderPreview = async (articleId, banner, notYetPublished) => {
    const article = await getArticlePreview(articleId);
    if (!article) return null;
    // A live's preview shows its entries as readers get them.
    const liveFeed = article.liveStartedAt
      ? await getLiveFeed({ id: article.id, liveStartedAt: article.liveStartedAt, liveEndedAt: article.liveEndedAt })
      : null;
    return readers.renderPreview(article, banner, notYetPublished, liveFeed);
  };
  processBridge().renderFrontPreview = (arrangement, banner) => readers.renderFrontPreview(arrangement, banner);
  // « Signaler une erreur » (app/api/signalements/route.ts) answers in the readers' own page too.
  processBridge().renderReport = (outcome) => readers.renderReport(outcome);
}
