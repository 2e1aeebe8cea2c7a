/**
 * « A live of 2,000 entries renders its first page as fast as a story » (issue 20): on an instance with
 * the page cache off, one story is rendered as the plain story it is, then opened as a live with 2,000
 * entries (several authors, Markdown with links, key points, a pinned entry, a few withdrawn) and
 * rendered again. Each series alternates with a control story that does not change, so that a change of
 * the machine between the two series shows in the control and can be taken out:
 *
 *   ratio = (live p50 / control p50 during the live series) / (story p50 / control p50 during the story series)
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
  controlWithStory: TSequential;
  controlWithLive: TSequential;
  /** Bytes of the live's first page, and whether it links to « Entrées précédentes ». */
  liveBytes: number;
  paginated: boolean;
  ratio: number;
};

export async function measureLiveRender(options: {
  /** The instance with the page cache off. */
  origin: string;
  databaseUrl: string;
  path: string;
  controlPath: string;
  sequential: { count: number; warmup: number; maxMs: number };
  entries?: number;
  log: (m: string) => void;
}): Promise<TLiveRender> {
  const count = options.entries ?? LIVE_RENDER_ENTRIES;
  const [rubrique, slug] = options.path.split('/').filter(Boolean);
  const [story] = await sql<{ id: string; liveStartedAt: Date | null; liveEndedAt: Date | null }>(
    options.databaseUrl,
    `SELECT a.id, a."liveStartedAt", a."liveEndedAt" FROM "Article" a JOIN "Rubrique" r ON r.id = a."rubriqueId"
     WHERE r.slug = $1 AND a.slug = $2 AND a.status = 'PUBLISHED'`,
    [rubrique, slug],
  );
  if (!story) throw new Error(`no published story at ${options.path}`);
  if (story.liveStartedAt) throw new Error(`${options.path} is already a live`);
  const urls = [`${options.origin}${options.controlPath}`, `${options.origin}${options.path}`];

  const [controlWithStory, asStory] = await sequentialInterleaved(urls, options.sequential);
  const marker = `bench-live-${Date.now()}`;
  try {
    // 2,000 entries, one every 20 s back from now, by the newsroom's authors in turn.
    await sql(
      options.databaseUrl,
      `UPDATE "Article" SET "liveStartedAt" = now() - interval '12 hours', "liveEndedAt" = NULL WHERE id = $1`,
      [story.id],
    );
    await sql(
      options.databaseUrl,
      `WITH authors AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM "User")
       INSERT INTO "LiveEntry" (id, "articleId", "authorId", body, "keyPoint", "pinnedAt", "createdAt", "withdrawnAt")
       SELECT $2 || '-' || i, $1, (SELECT id FROM authors WHERE n = i % total),
              'Entrée ' || i || ' du direct : le **cortège** arrive place de l’Indépendance, selon [notre envoyé](https://example.org/source-' || i || '). '
              || repeat('Les forces de l’ordre encadrent la foule, les commerçants baissent leurs rideaux. ', 1 + i % 3),
              i % 500 = 7, CASE WHEN i = 1900 THEN now() END,
              now() - make_interval(secs => ($3 - i) * 20),
              CASE WHEN i % 250 = 3 THEN now() - make_interval(secs => ($3 - i) * 20 - 60) END
       FROM generate_series(1, $3) AS i`,
      [story.id, marker, count],
    );
    const [controlWithLive, asLive] = await sequentialInterleaved(urls, options.sequential);
    const page = await fetch(urls[1]);
    const html = await page.text();
    const shown = (html.match(/id="entree-/g) ?? []).length;
    const paginated = html.includes('Entrées précédentes') && html.includes('avant=');
    if (page.status !== 200 || shown < 50) throw new Error(`the live's first page answered ${page.status} with ${shown} entries`);
    const ratio = asLive.p50 / controlWithLive.p50 / (asStory.p50 / controlWithStory.p50);
    options.log(
      `  ${count} entries: as a story p50 ${fmtMs(asStory.p50)} ms (control ${fmtMs(controlWithStory.p50)} ms), as a live p50 ${fmtMs(asLive.p50)} ms (control ${fmtMs(controlWithLive.p50)} ms): ${ratio.toFixed(2)}× after the control; first page ${Math.round(html.length / 1024)} KiB, ${paginated ? 'with' : 'WITHOUT'} « Entrées précédentes »`,
    );
    return {
      entries: count,
      path: options.path,
      controlPath: options.controlPath,
      asStory,
      asLive,
      controlWithStory,
      controlWithLive,
      liveBytes: html.length,
      paginated,
      ratio,
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
