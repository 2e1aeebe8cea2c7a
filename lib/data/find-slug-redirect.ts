import 'server-only';
import { readDb } from '../db';
import { articleHref, publishedWhere } from './published';

/** The current URL of a published story that used to answer to `oldSlug`, if any. */
export async function findSlugRedirect(oldSlug: string): Promise<string | null> {
  const row = await (await readDb()).articleSlug.findUnique({
    where: { slug: oldSlug },
    select: { article: { select: { slug: true, status: true, publishedAt: true, rubrique: { select: { slug: true } } } } },
  });
  if (!row || row.article.status !== publishedWhere.status || !row.article.publishedAt) return null;
  return articleHref(row.article.rubrique.slug, row.article.slug);
}
