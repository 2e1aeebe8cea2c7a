import 'server-only';
import { db } from '../db';
import { recordAudit } from './audit';
import { articleHref } from './published';
import type { TPublicChange } from './save-article';

/**
 * Publishes the scheduled stories whose time has come. Each instance runs it every few seconds; the
 * conditional UPDATE makes sure a story is published once, whoever gets there first. Being a query
 * on the database, it survives restarts: a story due while the site was down goes out at the next run.
 */
export async function publishDueArticles(now = new Date()): Promise<TPublicChange> {
  const due = await db().article.findMany({
    where: { status: 'SCHEDULED', scheduledAt: { lte: now } },
    select: { id: true, slug: true, title: true, scheduledAt: true, publishedAt: true, rubrique: { select: { slug: true } }, author: { select: { slug: true } } },
    take: 100,
  });
  const paths = new Set<string>();
  const tags: string[] = [];
  for (const article of due) {
    const done = await db().$transaction(async (tx) => {
      const updated = await tx.article.updateMany({
        where: { id: article.id, status: 'SCHEDULED', scheduledAt: article.scheduledAt },
        data: { status: 'PUBLISHED', publishedAt: article.publishedAt ?? article.scheduledAt ?? now, scheduledAt: null, version: { increment: 1 } },
      });
      if (updated.count === 1) {
        await recordAudit({ actorId: null, action: 'article.publish', targetType: 'article', targetId: article.id, details: { title: article.title, scheduled: true } }, tx);
      }
      return updated.count === 1;
    });
    if (done) {
      [articleHref(article.rubrique.slug, article.slug), `/${article.rubrique.slug}`, '/', `/auteurs/${article.author.slug}`].forEach((p) => paths.add(p));
      tags.push(`article:${article.id}`);
    }
  }
  return { paths: [...paths], tags };
}
