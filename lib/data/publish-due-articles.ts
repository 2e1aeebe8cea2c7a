import 'server-only';
import { db } from '../db';
import { recordAudit } from './audit';
import { storyChange, type TPublicChange } from './public-change';
import { displaceLead } from './displace-lead';
import { lockFrontPage, recordFrontPage } from './front-page';

/**
 * Publishes the scheduled stories whose time has come. Each instance runs it every few seconds; the
 * conditional UPDATE makes sure a story is published once, whoever gets there first. Being a query
 * on the database, it survives restarts: a story due while the site was down goes out at the next run.
 */
export async function publishDueArticles(now = new Date()): Promise<TPublicChange> {
  const due = await db().article.findMany({
    where: { status: 'SCHEDULED', scheduledAt: { lte: now } },
    select: { id: true, title: true, scheduledAt: true, publishedAt: true, rubriqueId: true, authorId: true, placement: true },
    take: 100,
  });
  const keys = new Set<string>();
  for (const article of due) {
    const done = await db().$transaction(async (tx) => {
      if (article.placement !== 'NONE') await lockFrontPage(tx);
      const updated = await tx.article.updateMany({
        where: { id: article.id, status: 'SCHEDULED', scheduledAt: article.scheduledAt },
        data: {
          status: 'PUBLISHED',
          publishedAt: article.publishedAt ?? article.scheduledAt ?? now,
          scheduledAt: null,
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) return null;
      if (article.placement === 'LEAD') await displaceLead(tx, null, article.id);
      if (article.placement !== 'NONE') await recordFrontPage(tx, null, 'story');
      await recordAudit(
        {
          actorId: null,
          action: 'article.publish',
          targetType: 'article',
          targetId: article.id,
          details: { title: article.title, scheduled: true },
        },
        tx,
      );
      return storyChange(tx, { id: article.id, authorId: article.authorId, rubriqueIds: [article.rubriqueId] });
    });
    done?.keys.forEach((key) => keys.add(key));
  }
  return { keys: [...keys] };
}
