/**
 * « A live of 2,000 entries renders its first page as fast as a story » (issue 20): on an instance with
 * the page cache off, one story is rendered as the plain story it is; then opened as a live with its
 * newest 50 entries only (one page: several authors, Markdown with links, a key point, a pinned entry)
 * and rendered again; then with 1,950 older ones (2,000 in all, key points and a few withdrawn among
 * them) and rendered again. Each series alternates with a control story that does not change, so that a
 * change of the machine between the series shows in the control and can be taken out:
 *
 *   ratio = (series p50 / control p50 during that series) / (story p50 / control p50 during the story series)
 *
 * The first page of a 2,000-entry live shows the same 50 entries as the 50-entry live: the two should
 * cost the same (nothing grows with the live's length); the story is the target's yardstick.
 *
 * The entries are deleted and the story put back afterwards.
 */
import { sequentialInterleaved, type TSequential } from './load';
import { fmtMs, query as sql } from './util';

export const LIVE_RENDER_ENTRIES = 2_000;

export type TLiveRender = {
  entries: number;
  path: string;
  controlPath: string;
  asStory: TSequential;
  asLive: TSequential;
  /** The same live with only its newest 50 entries (one page). */
  asShortLive: TSequential;
  controlWithStory: TSequential;
  controlWithLive: TSequential;
  controlWithShortLive: TSequential;
  /** Bytes of the live's first page, and whether it links to « Entrées précédentes ». */
  liveBytes: number;
  paginated: boolean;
  ratio: number;
  /** 2,000 entries against 50, after the control. */
  lengthRatio: number;
};

export async function measureLiveRender(options: {
  /** The instance with the page cache off. */
  origin: string;
  databaseUrl: string;
  /** Stories to open as the live, the first that is not one already. */
  paths: string[];
  controlPath: string;
  sequential: { count: number; warmup: number; maxMs: number };
  entries?: number;
  log: (m: string) => void;
}): Promise<TLiveRender> {
  const count = options.entries ?? LIVE_RENDER_ENTRIES;
  // The first candidate that is a published story and not already a live (the demo has lives).
  let story: { id: string; liveStartedAt: Date | null; liveEndedAt: Date | null } | undefined;
  let storyPath = '';
  for (const candidate of options.paths) {
    if (candidate === options.controlPath) continue;
    const [rubrique, slug] = candidate.split('/').filter(Boolean);
    const [row] = await sql<{ id: string; liveStartedAt: Date | null; liveEndedAt: Date | null }>(
      options.databaseUrl,
      `SELECT a.id, a."liveStartedAt", a."liveEndedAt" FROM "Article" a JOIN "Rubrique" r ON r.id = a."rubriqueId"
       WHERE r.slug = $1 AND a.slug = $2 AND a.status = 'PUBLISHED' AND a."liveStartedAt" IS NULL`,
      [rubrique, slug],
    );
    if (row) {
      story = row;
      storyPath = candidate;
      break;
    }
  }
  if (!story) throw new Error('no published story that is not a live among the candidates');
  const urls = [`${options.origin}${options.controlPath}`, `${options.origin}${storyPath}`];

  const [controlWithStory, asStory] = await sequentialInterleaved(urls, options.sequential);
  const marker = `bench-live-${Date.now()}`;
  try {
    // Entries one every 20 s back from now, by the newsroom's authors in turn; `i` from 1 (oldest) to `count`.
    await sql(
      options.databaseUrl,
      `UPDATE "Article" SET "liveStartedAt" = now() - interval '12 hours', "liveEndedAt" = NULL WHERE id = $1`,
      [story.id],
    );
    const insert = (from: number, to: number) =>
      sql(
        options.databaseUrl,
        `WITH authors AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM "User")
         INSERT INTO "LiveEntry" (id, "articleId", "authorId", body, "keyPoint", "pinnedAt", "createdAt", "withdrawnAt")
         SELECT $2 || '-' || i, $1, (SELECT id FROM authors WHERE n = i % total),
                'Entrée ' || i || ' du direct : le **cortège** arrive place de l’Indépendance, selon [notre envoyé](https://example.org/source-' || i || '). '
                || repeat('Les forces de l’ordre encadrent la foule, les commerçants baissent leurs rideaux. ', 1 + i % 3),
                i % 500 = 7 OR i = $3 - 3, CASE WHEN i = $3 - 10 THEN now() END,
                now() - make_interval(secs => ($3 - i) * 20),
                CASE WHEN i % 250 = 3 THEN now() - make_interval(secs => ($3 - i) * 20 - 60) END
         FROM generate_series($4::int, $5::int) AS i`,
        [story.id, marker, count, from, to],
      );
    await insert(count - 49, count);
    await sql(options.databaseUrl, `ANALYZE "LiveEntry"`);
    const [controlWithShortLive, asShortLive] = await sequentialInterleaved(urls, options.sequential);
    await insert(1, count - 50);
    // As autovacuum would after such an insert: the planner knows the live's size.
    await sql(options.databaseUrl, `ANALYZE "LiveEntry"`);
    const [controlWithLive, asLive] = await sequentialInterleaved(urls, options.sequential);
    const page = await fetch(urls[1]);
    const html = await page.text();
    const shown = (html.match(/id="entree-/g) ?? []).length;
    const paginated = html.includes('Entrées précédentes') && html.includes('avant=');
    if (page.status !== 200 || shown < 50) throw new Error(`the live's first page answered ${page.status} with ${shown} entries`);
    const ratio = asLive.p50 / controlWithLive.p50 / (asStory.p50 / controlWithStory.p50);
    const lengthRatio = asLive.p50 / controlWithLive.p50 / (asShortLive.p50 / controlWithShortLive.p50);
    options.log(
      `  as a story p50 ${fmtMs(asStory.p50)} ms (control ${fmtMs(controlWithStory.p50)} ms); a live of 50 entries p50 ${fmtMs(asShortLive.p50)} ms (control ${fmtMs(controlWithShortLive.p50)} ms); of ${count} entries p50 ${fmtMs(asLive.p50)} ms (control ${fmtMs(controlWithLive.p50)} ms): ${ratio.toFixed(2)}× the story, ${lengthRatio.toFixed(2)}× the 50-entry live, after the control; first page ${Math.round(html.length / 1024)} KiB, ${paginated ? 'with' : 'WITHOUT'} « Entrées précédentes »`,
    );
    return {
      entries: count,
      path: storyPath,
      controlPath: options.controlPath,
      asStory,
      asLive,
      asShortLive,
      controlWithStory,
      controlWithLive,
      controlWithShortLive,
      liveBytes: html.length,
      paginated,
      ratio,
      lengthRatio,
    };
  } finally {
    await sql(options.databaseUrl, `DELETE FROM "LiveEntry" WHERE "articleId" = $1 AND id LIKE $2`, [story.id, `${marker}-%`]);
    await sql(options.databaseUrl, `UPDATE "Article" SET "liveStartedAt" = $2, "liveEndedAt" = $3 WHERE id = $1`, [
      story.id,
      story.liveStartedAt,
      story.liveEndedAt,
    ]);
  }
}
