/**
 * Publish-to-visible: an editor signs in over HTTP and changes the title of a published story through
 * the real server action (saveArticleAction, the one the newsroom's form calls: session and role
 * check, zod parsing, the versioned transaction, then the purge of the page cache, of the other
 * instances through Redis and of Varnish through PURGE). From the moment the request leaves, three
 * readers poll the story's page every 5 ms — on the instance that handled the edit, on a second
 * instance (same PostgreSQL, same Redis) and through Varnish — until the new title shows.
 *
 * A Next.js server action is called like the browser does it: POST to the page with a `Next-Action`
 * header carrying the action's id (from the build's server-reference-manifest.json) and the
 * arguments encoded as React does it for one FormData argument (the form's fields prefixed "_1_",
 * then the root model "0" = ["$K1"]).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { hashPassword } from '../../lib/auth/password';
import type { TInstances } from './instances';
import { median, PROJECT_ROOT, request, sleep } from './util';

export const BENCH_EDITOR_EMAIL = 'bench.editor@dakarinfo.test';

export type TPublishTarget = { name: string; baseUrl: string; path: string; cacheHeader: 'x-cache' | 'x-varnish-cache' };
export type TPublishTrial = { actionMs: number; visibleMs: Record<string, number> };
export type TPublishResult = {
  method: string;
  trials: TPublishTrial[];
  medians: Record<string, number>;
  max: Record<string, number>;
  actionMedianMs: number;
  failures: string[];
};

/** The editor account the benchmark signs in with: created (or reset) with a fresh password. */
export async function ensureBenchEditor(databaseUrl: string): Promise<{ email: string; password: string }> {
  const password = `bench-${randomBytes(12).toString('base64url')}`;
  const hash = await hashPassword(password);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, name, slug, role, "passwordHash", active, "updatedAt")
       VALUES ('bench-editor', $1, 'Banc d’essai', 'banc-d-essai', 'EDITOR', $2, true, now())
       ON CONFLICT (email) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", role = 'EDITOR', active = true, "updatedAt" = now()`,
      [BENCH_EDITOR_EMAIL, hash],
    );
    await client.query(`DELETE FROM "LoginThrottle" WHERE key LIKE '%bench.editor%' OR key = 'ip:127.0.0.1'`);
  } finally {
    await client.end();
  }
  return { email: BENCH_EDITOR_EMAIL, password };
}

export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(setCookie: string[] | string | undefined): void {
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  has(prefix: string): boolean {
    return [...this.cookies.keys()].some((k) => k.includes(prefix));
  }
}

/** next-auth's credentials sign-in over HTTP: CSRF token, then the callback. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await request(`${baseUrl}/api/auth/csrf`);
  jar.take(csrf.headers['set-cookie']);
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: '/admin' }).toString();
  const res = await request(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), origin: baseUrl },
    body: form,
  });
  jar.take(res.headers['set-cookie']);
  if (!jar.has('session-token')) throw new Error(`sign-in refused (HTTP ${res.status}): ${res.body.toString().slice(0, 200)}`);
  return jar;
}

/**
 * The editor opens the story's edit page, as a browser must before its form can be sent (the page
 * carries the form; Next loads the page's server code, the action's among it, to render it).
 */
export async function openEditPage(baseUrl: string, jar: CookieJar, articleId: string): Promise<number> {
  const res = await request(`${baseUrl}/admin/articles/${articleId}`, {
    headers: { cookie: jar.header(), 'accept-encoding': 'gzip' },
    timeoutMs: 30_000,
  });
  if (res.status !== 200) throw new Error(`the edit page answered HTTP ${res.status}`);
  return res.ms;
}

export function serverActionId(distDir: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!found) throw new Error(`server action ${exportedName} not found in the build's manifest`);
  return found[0];
}

export type TStory = {
  id: string;
  title: string;
  chapo: string;
  body: string;
  slug: string;
  rubriqueId: string;
  placement: string;
  version: number;
  related: { targetId: string; inline: boolean }[];
};

export async function readStory(databaseUrl: string, id: string): Promise<TStory> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const story = await client.query<TStory>(
      `SELECT id, title, chapo, body, slug, "rubriqueId", placement, version FROM "Article" WHERE id = $1`,
      [id],
    );
    const related = await client.query<{ targetId: string; inline: boolean }>(
      `SELECT "targetId", inline FROM "RelatedLink" WHERE "articleId" = $1 ORDER BY position`,
      [id],
    );
    return { ...story.rows[0], related: related.rows };
  } finally {
    await client.end();
  }
}

/**
 * Calls a server action as the browser does: POST to `pagePath` with the action's id, the FormData
 * argument encoded as React's encodeReply does (the form's entries prefixed "_1_" first, then the root
 * model "0", whose last element "$K1" stands for the form). `leading` are the arguments before the
 * form (useActionState's previous state). Returns the response text (React's payload).
 */
export async function callServerAction(
  baseUrl: string,
  jar: CookieJar,
  actionId: string,
  pagePath: string,
  fields: [string, string][],
  leading: unknown[] = [],
): Promise<string> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(`_1_${name}`, value);
  form.set('0', JSON.stringify([...leading, '$K1']));
  const encoded = new Request('http://127.0.0.1/', { method: 'POST', body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const res = await request(`${baseUrl}${pagePath}`, {
    method: 'POST',
    headers: {
      'content-type': encoded.headers.get('content-type') ?? '',
      accept: 'text/x-component',
      'next-action': actionId,
      origin: baseUrl,
      cookie: jar.header(),
    },
    body,
  });
  const text = res.body.toString();
  if (res.status !== 200) throw new Error(`server action refused (HTTP ${res.status}): ${text.slice(0, 300)}`);
  return text;
}

/** Calls saveArticleAction(formData) as the newsroom's form does (with `intent`); returns the new version. */
export async function saveStory(
  baseUrl: string,
  jar: CookieJar,
  actionId: string,
  story: TStory,
  title: string,
  intent = 'save',
): Promise<number> {
  const fields: [string, string][] = [
    ['id', story.id],
    ['version', String(story.version)],
    ['intent', intent],
    ['title', title],
    ['chapo', story.chapo],
    ['body', story.body],
    ['rubriqueId', story.rubriqueId],
    ['slug', story.slug],
    ['placement', story.placement],
    ['scheduledAt', ''],
    ...story.related.map((r): [string, string] => ['related', r.targetId]),
    ...(story.related[0]?.inline ? [['relatedInline', 'on'] as [string, string]] : []),
  ];
  const text = await callServerAction(baseUrl, jar, actionId, `/admin/articles/${story.id}`, fields);
  const version = /"ok":true[^\n]*?"version":(\d+)/.exec(text);
  if (!version) throw new Error(`server action refused: ${text.slice(0, 300)}`);
  return Number(version[1]);
}

/** Requests `target` until its cache says HIT (so a trial measures an invalidation, not a cold page). */
async function warm(target: TPublishTarget): Promise<void> {
  for (let i = 0; i < 20; i += 1) {
    const res = await request(`${target.baseUrl}${target.path}`, { headers: { 'accept-encoding': 'identity' } });
    if (res.status === 200 && res.headers[target.cacheHeader] === 'HIT') return;
    await sleep(20);
  }
  throw new Error(`${target.name}: the page does not come from cache`);
}

/**
 * Requests `url` every `intervalMs` until `check` accepts the answer; milliseconds since `t0`, or
 * Infinity once `timeoutMs` have passed since `t0`.
 */
export async function pollUntil(
  url: string,
  check: (status: number, body: string) => boolean,
  t0: number,
  options: { timeoutMs: number; intervalMs: number },
): Promise<number> {
  while (performance.now() - t0 < options.timeoutMs) {
    try {
      const res = await request(url, { headers: { 'accept-encoding': 'identity' }, timeoutMs: 5_000 });
      if (check(res.status, res.body.toString())) return performance.now() - t0;
    } catch {
      // keep polling
    }
    await sleep(options.intervalMs);
  }
  return Number.POSITIVE_INFINITY;
}

export async function measurePublishToVisible(options: {
  editorBaseUrl: string;
  databaseUrl: string;
  distDir: string;
  articleId: string;
  targets: TPublishTarget[];
  trials: number;
  log: (m: string) => void;
}): Promise<TPublishResult> {
  const { email, password } = await ensureBenchEditor(options.databaseUrl);
  const jar = await signIn(options.editorBaseUrl, email, password);
  const actionId = serverActionId(options.distDir, 'lib/actions/article-actions.ts', 'saveArticleAction');
  const original = await readStory(options.databaseUrl, options.articleId);
  options.log(
    `  the editor opened the story's edit page (${(await openEditPage(options.editorBaseUrl, jar, options.articleId)).toFixed(0)} ms)`,
  );
  const trials: TPublishTrial[] = [];
  const failures: string[] = [];
  let story = original;
  try {
    for (let i = 0; i < options.trials; i += 1) {
      for (const target of options.targets) await warm(target);
      const token = `Essai${randomBytes(4).toString('hex')}`;
      const title = `${original.title.slice(0, 150)} ${token}`;
      const t0 = performance.now();
      const action = saveStory(options.editorBaseUrl, jar, actionId, story, title).then((version) => ({
        version,
        ms: performance.now() - t0,
      }));
      const polls = options.targets.map((target) =>
        pollUntil(`${target.baseUrl}${target.path}`, (status, body) => status === 200 && body.includes(token), t0, {
          timeoutMs: 5_000,
          intervalMs: 5,
        }).then((ms) => [target.name, ms] as const),
      );
      const [done, ...seen] = await Promise.all([action, ...polls]);
      const visibleMs = Object.fromEntries(seen);
      trials.push({ actionMs: done.ms, visibleMs });
      for (const [name, ms] of seen) if (!Number.isFinite(ms)) failures.push(`trial ${i + 1}: not visible on ${name} after 5 s`);
      options.log(
        `  trial ${i + 1}: action ${done.ms.toFixed(1)} ms; visible ${seen.map(([n, ms]) => `${n} ${Number.isFinite(ms) ? ms.toFixed(1) : '>5000'} ms`).join(', ')}`,
      );
      story = { ...story, title, version: done.version };
      await sleep(200);
    }
  } finally {
    // Put the story back as it was (one more real edit, not timed).
    try {
      const current = await readStory(options.databaseUrl, options.articleId);
      if (current.title !== original.title) await saveStory(options.editorBaseUrl, jar, actionId, current, original.title);
    } catch (error) {
      options.log(`  could not restore the story's title: ${(error as Error).message}`);
    }
  }
  const names = options.targets.map((t) => t.name);
  return {
    method: 'saveArticleAction over HTTP (signed-in editor), title change of a published story',
    trials,
    medians: Object.fromEntries(names.map((n) => [n, median(trials.map((t) => t.visibleMs[n]))])),
    max: Object.fromEntries(names.map((n) => [n, Math.max(...trials.map((t) => t.visibleMs[n]))])),
    actionMedianMs: median(trials.map((t) => t.actionMs)),
    failures,
  };
}

/** The readers of publish-to-visible: instance 1 directly, instance 2 (via Redis, maybe on a replica) and Varnish, when they run. */
export function publishTargets(instances: TInstances, articlePath: string, onReplica: boolean): TPublishTarget[] {
  const { app1, app2, varnishUrl } = instances;
  const targets: TPublishTarget[] = [{ name: 'instance 1, direct', baseUrl: app1.url, path: articlePath, cacheHeader: 'x-cache' }];
  if (app2)
    targets.push({
      name: onReplica ? 'instance 2, via Redis, on a replica' : 'instance 2, via Redis',
      baseUrl: app2.url,
      path: articlePath,
      cacheHeader: 'x-cache',
    });
  if (varnishUrl) targets.push({ name: 'through Varnish', baseUrl: varnishUrl, path: articlePath, cacheHeader: 'x-varnish-cache' });
  return targets;
}
