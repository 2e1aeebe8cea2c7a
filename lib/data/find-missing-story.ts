import 'server-only';
import { readDb } from '../db';
import { articleHref, publishedWhere } from './published';

/**
 * What became of a story asked for at `slug` that is not published there:
 * - `moved`: its slug changed after it went online; readers are sent to its current address (301);
 * - `withdrawn`: it was online and an editor took it off (410: gone on purpose, not a broken link);
 * - null: nothing readers ever saw (404). A draft that was never public is not told apart from nothing.
 * Both lookups run at once: one round trip for a missing page.
 */
export async function findMissingStory(slug: string): Promise<{ moved: string } | { withdrawn: true } | null> {
  const client = await readDb();
  const once = { slug: true, status: true, publishedAt: true, rubrique: { select: { slug: true } } } as const;
  const [renamed, current] = await Promise.all([
    client.articleSlug.findUnique({ where: { slug }, select: { article: { select: once } } }),
    client.article.findUnique({ where: { slug }, select: once }),
  ]);
  const story = renamed?.article ?? current;
  if (!story?.publishedAt) return null;
  if (story.status !== publishedWhere.status) return { withdrawn: true };
  // Published under `slug` itself: not missing (the caller asked under another rubrique, or raced a publish).
  return renamed ? { moved: articleHref(story.rubrique.slug, story.slug) } : null;
}
