/**
 * Readers and editors at once (issue 6's load test). wrk loads public pages on every instance
 * (and through Varnish) while an editor, signed in over HTTP, keeps changing stories through the
 * newsroom's real server actions, one after the other:
 *   - a title edit of a published story (saveArticleAction),
 *   - a « mise à jour » with a public note on it (addUpdateEntryAction),
 *   - the publication of a new story (saveArticleAction with intent "publish").
 * After each change, a reader on each instance polls the page that must show it until it does (the
 * story for the first two, Manchettes for the new story, then the new story's own address).
 *
 * Reported: per load stream, requests, non-2xx, errors, timeouts, p50 and p99; per change, the time
 * until every reader saw it. Afterwards the newsroom is put back as it was: the stories published
 * here are deleted, the update-log entries added here removed, the title restored.
 */
import { randomBytes } from 'node:crypto';
import type { TInstances } from './instances';
import { wrk, type TLoadRun } from './load';
import { callServerAction, ensureBenchEditor, openEditPage, pollUntil, readStory, saveStory, serverActionId, signIn } from './publish';
import { query as sql, sleep } from './util';

export type TLiveStream = { name: string; url: string; connections: number };
export type TLiveTarget = { name: string; baseUrl: string };
export type TLiveChange = { kind: string; actionMs: number; visibleMs: Record<string, number> };
export type TLiveResult = {
  seconds: number;
  streams: (TLoadRun & { name: string; url: string; connections: number })[];
  changes: TLiveChange[];
  /** Changes some reader never saw within the timeout, and actions that failed. */
  failures: string[];
};

const VISIBLE_TIMEOUT_MS = 5_000;

export async function loadWhilePublishing(options: {
  editorBaseUrl: string;
  databaseUrl: string;
  distDir: string;
  article: { id: string; path: string };
  streams: TLiveStream[];
  targets: TLiveTarget[];
  seconds: number;
  log: (m: string) => void;
}): Promise<TLiveResult> {
  const { email, password } = await ensureBenchEditor(options.databaseUrl);
  const jar = await signIn(options.editorBaseUrl, email, password);
  const saveId = serverActionId(options.distDir, 'lib/actions/article-actions.ts', 'saveArticleAction');
  const updateId = serverActionId(options.distDir, 'lib/actions/article-actions.ts', 'addUpdateEntryAction');
  const original = await readStory(options.databaseUrl, options.article.id);
  await openEditPage(options.editorBaseUrl, jar, options.article.id);
  const [before] = await sql<{ lastUpdatedAt: Date | null; since: Date }>(
    options.databaseUrl,
    `SELECT "lastUpdatedAt", now() AS since FROM "Article" WHERE id = $1`,
    [options.article.id],
  );
  const [rubrique] = await sql<{ slug: string }>(options.databaseUrl, `SELECT slug FROM "Rubrique" WHERE id = $1`, [original.rubriqueId]);

  // The stories to publish: drafts written by the benchmark's editor (set-up, not measured).
  const drafts: string[] = [];
  const newDraft = async (): Promise<{ id: string; slug: string }> => {
    const token = randomBytes(4).toString('hex');
    const id = `bench-live-${token}`;
    const slug = `banc-d-essai-en-direct-${token}`;
    await sql(
      options.databaseUrl,
      `INSERT INTO "Article" (id, slug, title, chapo, body, status, placement, "rubriqueId", "authorId", version, "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'DRAFT', 'NONE', $6, 'bench-editor', 1, now())`,
      [
        id,
        slug,
        `Banc d’essai en direct ${token}`,
        'Un article publié pendant la charge du banc d’essai.',
        'Le banc d’essai publie cet article pendant que des lecteurs chargent le site, puis le retire.',
        original.rubriqueId,
      ],
    );
    drafts.push(id);
    return { id, slug };
  };

  const changes: TLiveChange[] = [];
  const failures: string[] = [];
  const observe = async (
    kind: string,
    act: () => Promise<unknown>,
    checks: { url: (target: TLiveTarget) => string; check: (status: number, body: string) => boolean }[],
  ) => {
    const t0 = performance.now();
    try {
      await act();
    } catch (error) {
      failures.push(`${kind}: the action failed (${(error as Error).message.slice(0, 200)})`);
      return;
    }
    const actionMs = performance.now() - t0;
    const visibleMs: Record<string, number> = {};
    await Promise.all(
      options.targets.map(async (target) => {
        let ms = 0;
        for (const { url, check } of checks)
          ms = await pollUntil(url(target), check, t0, { timeoutMs: VISIBLE_TIMEOUT_MS, intervalMs: 10 });
        visibleMs[target.name] = ms;
        if (!Number.isFinite(ms)) failures.push(`${kind}: not visible on ${target.name} after ${VISIBLE_TIMEOUT_MS / 1000} s`);
      }),
    );
    changes.push({ kind, actionMs, visibleMs });
  };

  let story = original;
  const load = Promise.all(
    options.streams.map((s) =>
      wrk(s.url, { connections: s.connections, seconds: options.seconds, threads: 1 }).then((run) => ({ ...run, ...s })),
    ),
  );
  const started = performance.now();
  try {
    await sleep(1_000);
    for (let cycle = 1; performance.now() - started < options.seconds * 1000 - 4_000; cycle += 1) {
      const editToken = `Direct${randomBytes(3).toString('hex')}`;
      await observe(
        'title edit',
        async () => {
          const title = `${original.title.slice(0, 150)} ${editToken}`;
          story = { ...story, title, version: await saveStory(options.editorBaseUrl, jar, saveId, story, title) };
        },
        [{ url: (t) => `${t.baseUrl}${options.article.path}`, check: (status, body) => status === 200 && body.includes(editToken) }],
      );
      const noteToken = `note${randomBytes(3).toString('hex')}`;
      await observe(
        '« mise à jour »',
        async () => {
          const text = await callServerAction(
            options.editorBaseUrl,
            jar,
            updateId,
            `/admin/articles/${story.id}`,
            [
              ['id', story.id],
              ['kind', 'MISE_A_JOUR'],
              ['note', `Précisions ajoutées pendant la charge (${noteToken}).`],
            ],
            [{ ok: false, message: '' }],
          );
          if (!text.includes('"ok":true')) throw new Error(text.slice(0, 200));
          story = await readStory(options.databaseUrl, story.id);
        },
        [
          {
            url: (t) => `${t.baseUrl}${options.article.path}`,
            check: (status, body) => status === 200 && body.includes(noteToken) && body.includes('Cette histoire a été mise à jour'),
          },
        ],
      );
      const draft = await newDraft();
      const draftStory = await readStory(options.databaseUrl, draft.id);
      await observe('publication', () => saveStory(options.editorBaseUrl, jar, saveId, draftStory, draftStory.title, 'publish'), [
        { url: (t) => `${t.baseUrl}/`, check: (status, body) => status === 200 && body.includes(draft.slug) },
        { url: (t) => `${t.baseUrl}/${rubrique.slug}/${draft.slug}`, check: (status) => status === 200 },
      ]);
      options.log(
        `  cycle ${cycle}: ${changes
          .slice(-3)
          .map((c) => `${c.kind} ${Math.max(...Object.values(c.visibleMs)).toFixed(0)} ms`)
          .join(', ')}`,
      );
      await sleep(300);
    }
  } catch (error) {
    failures.push(`the editor stopped: ${(error as Error).message.slice(0, 200)}`);
  }
  const streams = await load;
  {
    // Put the newsroom back: the published test stories go, the update-log entries added here go,
    // the story's date of update and title come back (a real edit, so every cache is purged).
    try {
      if (drafts.length) await sql(options.databaseUrl, `DELETE FROM "Article" WHERE id = ANY($1)`, [drafts]);
      await sql(options.databaseUrl, `DELETE FROM "ArticleUpdate" WHERE "articleId" = $1 AND "createdAt" >= $2`, [
        options.article.id,
        before.since,
      ]);
      await sql(options.databaseUrl, `UPDATE "Article" SET "lastUpdatedAt" = $2 WHERE id = $1`, [options.article.id, before.lastUpdatedAt]);
      const current = await readStory(options.databaseUrl, options.article.id);
      await saveStory(options.editorBaseUrl, jar, saveId, current, original.title);
    } catch (error) {
      options.log(`  could not put the newsroom back: ${(error as Error).message}`);
    }
    for (const s of streams)
      options.log(
        `  ${s.name}: ${s.total} requests, ${s.non2xx} non-2xx, ${s.errors} errors, ${s.timeouts} timeouts, p50 ${s.p50} ms, p99 ${s.p99} ms`,
      );
  }
  return { seconds: options.seconds, streams, changes, failures };
}

/**
 * The load of readers and editors at once: Manchettes and the article on instance 1, the rubrique on
 * instance 2 and the article through Varnish (when they run); a reader per instance watches for each change.
 */
export function liveSetup(
  instances: TInstances,
  paths: { article: string; rubrique: string },
): { streams: TLiveStream[]; targets: TLiveTarget[] } {
  const { app1, app2, varnishUrl } = instances;
  const streams = [
    { name: 'instance 1, Manchettes', url: `${app1.url}/`, connections: 15 },
    { name: 'instance 1, article', url: `${app1.url}${paths.article}`, connections: 15 },
    ...(app2 ? [{ name: 'instance 2, rubrique', url: `${app2.url}${paths.rubrique}`, connections: 10 }] : []),
    ...(varnishUrl ? [{ name: 'Varnish, article', url: `${varnishUrl}${paths.article}`, connections: 10 }] : []),
  ];
  const targets = [
    { name: 'instance 1', baseUrl: app1.url },
    ...(app2 ? [{ name: 'instance 2', baseUrl: app2.url }] : []),
    ...(varnishUrl ? [{ name: 'Varnish', baseUrl: varnishUrl }] : []),
  ];
  return { streams, targets };
}
