/**
 * Readers polling a live (« En direct », issue 20): N simulated pollers (1,000 by default) each send a
 * conditional GET of one live page about once a second — `If-None-Match` with the ETag they last got,
 * as the live page's script does — while a poster writes an entry every 2 s directly in the database
 * and purges as the app does after a committed entry (`article:<id>` and `list:feeds`, through the
 * app's own invalidation bus, lib/server/invalidation-bus.ts: the pages shared in Redis, every
 * instance over Redis pub/sub, the CDN with PURGE_URL).
 *
 * The pollers are spread evenly over the targets given (in the bench: instance 1, instance 2 — another
 * process, reading from a replica — and Varnish), so « visible » means visible on every path a reader
 * can take.
 *
 * Contract with the readers' live page: an entry appears in it as an element with `id="entree-<id>"`.
 * A poller has « seen » an entry at its first 200 answer whose body contains `entree-<id>`.
 *
 * Reported: requests, 304 answers, errors (anything but 200 or 304, and socket errors: must be 0); per
 * entry, two times from its commit:
 *   - its visibility lag: the latest moment, after the commit, at which a request was SENT whose answer
 *     still lacked the entry (a 200 without it, or a 304 to a poller that did not have it yet); 0 when
 *     every request sent after the commit had it. It is what « visible to readers within one second »
 *     means, whatever the polling interval, per target and over all;
 *   - the time until every poller had seen it, which adds each poller's wait for its next poll (up to
 *     the 1 s interval) to the lag;
 * median and worst over entries. Then the cost of a poll that finds nothing new: wrk with
 * scripts/bench/wrk-304.lua (every request carries the page's current ETag) against the same page,
 * beside the same page served by the baseline server when one is given. The story is opened as a live
 * for the run and put back after.
 *
 * Runnable alone against a running instance:
 *   npx tsx scripts/bench/live-poll.ts --url http://127.0.0.1:3000/politique/un-article \
 *     --database postgres://… [--pollers 1000] [--seconds 30] [--redis redis://127.0.0.1:6379 --redis-prefix dakarinfo:] [--purge-url http://127.0.0.1:6081/]
 * The instance must see the purges: the same REDIS_URL and REDIS_PREFIX, or PAGE_CACHE=off.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import path from 'node:path';
import { Redis } from 'ioredis';
import { startInvalidationBus, type TInvalidationBus } from '../../lib/server/invalidation-bus';
import { PageCache } from '../../lib/server/page-cache';
import { PAGE_TTL_SECONDS } from '../../lib/server/responses';
import { SharedPageStore } from '../../lib/server/shared-page-store';
import { parseWrkOutput, WRK, WRK_THREADS, type TLoadRun } from './load';
import { median, PROJECT_ROOT, query as sql, request, sleep } from './util';

const WRK_SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'bench', 'wrk-304.lua');
/** How long after the last entry the pollers keep polling, so that every entry can be seen. */
const GRACE_MS = 3_000;
const POST_EVERY_MS = 2_000;
const POLL_EVERY_MS = 1_000;

export type TLivePollEntry = {
  id: string;
  commitMs: number;
  allSeenMs: number;
  unseenBy: number;
  /** Per target: the latest send time after the commit of a request whose answer lacked the entry (0: none). */
  lagMs: Record<string, number>;
};
export type TLivePollResult = {
  pollers: number;
  seconds: number;
  requests: number;
  notModified: number;
  ok: number;
  errors: number;
  /** Polls sent again once on a kept-alive connection the server had just closed (browsers do the same). */
  retried: number;
  errorSamples: string[];
  entries: TLivePollEntry[];
  /** Over the entries every poller saw. */
  medianAllSeenMs: number;
  worstAllSeenMs: number;
  /** Entries some poller never saw. */
  unseen: number;
  /** The targets the pollers were spread over (name → URL). */
  targets: { name: string; url: string }[];
  /** Visibility lag over entries, all targets together, and the worst per target. */
  medianLagMs: number;
  worstLagMs: number;
  worstLagByTarget: Record<string, number>;
  /** wrk, conditional GETs with the current ETag: answered 304. */
  nothingNew: (TLoadRun & { notModified: number }) | null;
  /** The same page's bytes from the baseline server (plain GET), when given. */
  baseline: TLoadRun | null;
};

export type TLivePollOptions = {
  /** The live page on the instance that answers wrk's conditional GETs. */
  url: string;
  /** Where the pollers poll, spread evenly (default: `url` alone). Same path on each. */
  targets?: { name: string; url: string }[];
  databaseUrl: string;
  pollers?: number;
  seconds?: number;
  wrkSeconds?: number;
  wrkConnections?: number;
  baselineUrl?: string | null;
  redisUrl?: string | null;
  redisPrefix?: string;
  purgeUrl?: string | null;
  log: (m: string) => void;
};

/** wrk with wrk-304.lua: every request `If-None-Match: <etag>`. */
function wrk304(url: string, etag: string, connections: number, seconds: number): Promise<TLoadRun & { notModified: number }> {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`bench: refusing to load ${url}`);
  const args = [
    '-t',
    String(Math.min(WRK_THREADS, connections)),
    '-c',
    String(connections),
    '-d',
    `${seconds}s`,
    '--timeout',
    '10s',
    '--latency',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(WRK, [...args, '-s', WRK_SCRIPT, url, '--', etag], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const line = out.split('\n').find((l) => l.startsWith('WRK_JSON ')) ?? '';
        resolve({
          ...parseWrkOutput(out),
          notModified: (JSON.parse(line.slice('WRK_JSON '.length)) as { notModified: number }).notModified,
        });
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

/** Plain wrk GETs (the baseline), with the same lua script's counting and no ETag match. */
function wrkPlain(url: string, connections: number, seconds: number): Promise<TLoadRun> {
  return wrk304(url, '"none"', connections, seconds);
}

async function purgeBus(options: TLivePollOptions): Promise<{ bus: TInvalidationBus; close: () => Promise<void> }> {
  const redis = options.redisUrl ? new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 }) : null;
  await redis?.connect();
  const prefix = options.redisPrefix ?? 'dakarinfo:';
  const shared = redis ? new SharedPageStore(redis, PAGE_TTL_SECONDS * 1000, `${prefix}cache:`, options.log) : null;
  const bus = await startInvalidationBus(new PageCache(), {
    redisUrl: options.redisUrl ?? undefined,
    purgeUrl: options.purgeUrl ?? undefined,
    shared,
    prefix,
    log: options.log,
  });
  return {
    bus,
    close: async () => {
      await bus.close();
      redis?.disconnect();
    },
  };
}

export async function measureLivePoll(options: TLivePollOptions): Promise<TLivePollResult> {
  const pollers = options.pollers ?? 1_000;
  const seconds = options.seconds ?? 30;
  const target = new URL(options.url);
  const segments = target.pathname.split('/').filter(Boolean);
  const [article] = await sql<{ id: string; liveStartedAt: Date | null; liveEndedAt: Date | null; authorId: string }>(
    options.databaseUrl,
    `SELECT a.id, a."liveStartedAt", a."liveEndedAt", a."authorId" FROM "Article" a JOIN "Rubrique" r ON r.id = a."rubriqueId"
     WHERE r.slug = $1 AND a.slug = $2 AND a.status = 'PUBLISHED'`,
    [segments[0], segments[1]],
  );
  if (!article) throw new Error(`no published story at ${target.pathname}`);
  const keys = [`article:${article.id}`, 'list:feeds'];
  const { bus, close } = await purgeBus(options);
  const wasLive = article.liveStartedAt !== null && article.liveEndedAt === null;
  if (!wasLive) {
    await sql(options.databaseUrl, `UPDATE "Article" SET "liveStartedAt" = now(), "liveEndedAt" = NULL WHERE id = $1`, [article.id]);
    bus.purge([...keys, 'list:home']);
    await sleep(1_000);
  }

  const agent = new Agent({ keepAlive: true, maxSockets: pollers });
  const posted: { id: string; token: string; at: number }[] = [];
  const seen = new Map<string, number[]>();
  let requests = 0;
  let notModified = 0;
  let ok = 0;
  let errors = 0;
  let retried = 0;
  const errorSamples: string[] = [];
  const fail = (message: string) => {
    errors += 1;
    if (errorSamples.length < 5) errorSamples.push(message);
  };
  const started = performance.now();
  const postingEnds = started + seconds * 1000;
  const pollingEnds = postingEnds + GRACE_MS;

  const targets = options.targets?.length ? options.targets : [{ name: 'instance', url: options.url }];
  const lag = new Map<string, Record<string, number>>();
  /** An answer to a request sent at `sentAt` that lacks `entry` (committed before): the entry's lag grows. */
  const stale = (entry: { id: string; at: number }, target: string, sentAt: number) => {
    const byTarget = lag.get(entry.id);
    if (byTarget && sentAt > entry.at) byTarget[target] = Math.max(byTarget[target] ?? 0, sentAt - entry.at);
  };

  const poller = async (index: number) => {
    const target = targets[index % targets.length];
    let etag: string | null = null;
    const mine = new Set<string>();
    await sleep((index / pollers) * POLL_EVERY_MS);
    while (performance.now() < pollingEnds) {
      const next = performance.now() + POLL_EVERY_MS;
      const sentAt = performance.now();
      try {
        const poll = () =>
          request(target.url, {
            agent,
            timeoutMs: 10_000,
            headers: { accept: 'text/html', ...(etag ? { 'if-none-match': etag } : {}) },
          });
        // A kept-alive connection the server closed as the request left: sent again once, as browsers
        // do (an idempotent GET); counted apart.
        const res = await poll().catch((error: unknown) => {
          if (!/socket hang up|ECONNRESET/.test((error as Error).message)) throw error;
          retried += 1;
          return poll();
        });
        requests += 1;
        const now = performance.now();
        if (res.status === 304) {
          notModified += 1;
          for (const entry of posted) if (!mine.has(entry.id)) stale(entry, target.name, sentAt);
        } else if (res.status === 200) {
          ok += 1;
          etag = typeof res.headers.etag === 'string' ? res.headers.etag : null;
          const body = res.body.toString('utf8');
          for (const entry of posted) {
            if (mine.has(entry.id)) continue;
            if (!body.includes(entry.token)) {
              stale(entry, target.name, sentAt);
              continue;
            }
            mine.add(entry.id);
            seen.get(entry.id)?.push(now - entry.at);
          }
        } else fail(`${target.name}: HTTP ${res.status}`);
      } catch (error) {
        requests += 1;
        fail(`${target.name}: ${(error as Error).message.slice(0, 120)}`);
      }
      await sleep(Math.max(0, next - performance.now()));
    }
  };

  const poster = async () => {
    await sleep(POST_EVERY_MS);
    while (performance.now() < postingEnds) {
      const id = `bench-entry-${randomBytes(6).toString('hex')}`;
      await sql(
        options.databaseUrl,
        `INSERT INTO "LiveEntry" (id, "articleId", "authorId", body, "createdAt") VALUES ($1, $2, $3, $4, now())`,
        [id, article.id, article.authorId, `Entrée du banc d’essai ${id} : les lecteurs doivent la voir en moins d’une seconde.`],
      );
      // Committed: from now on a reader may see it (the clock starts here).
      seen.set(id, []);
      lag.set(id, Object.fromEntries(targets.map((t) => [t.name, 0])));
      posted.push({ id, token: `entree-${id}`, at: performance.now() });
      bus.purge(keys);
      await sleep(POST_EVERY_MS);
    }
  };

  options.log(`  ${pollers} pollers, an entry every ${POST_EVERY_MS / 1000} s for ${seconds} s…`);
  try {
    await Promise.all([poster(), ...Array.from({ length: pollers }, (_, i) => poller(i))]);
  } finally {
    agent.destroy();
  }

  const entries: TLivePollEntry[] = posted.map((p) => {
    const times = seen.get(p.id) ?? [];
    return {
      id: p.id,
      commitMs: p.at - started,
      allSeenMs: times.length === pollers ? Math.max(...times) : Infinity,
      unseenBy: pollers - times.length,
      lagMs: lag.get(p.id) ?? {},
    };
  });
  const lags = entries.map((e) => Math.max(0, ...Object.values(e.lagMs)));
  const worstLagByTarget = Object.fromEntries(targets.map((t) => [t.name, Math.max(0, ...entries.map((e) => e.lagMs[t.name] ?? 0))]));
  const complete = entries.filter((e) => Number.isFinite(e.allSeenMs)).map((e) => e.allSeenMs);
  options.log(
    `  ${requests} requests, ${notModified} answered 304, ${ok} 200, ${errors} errors (${retried} sent again on a closed connection); ${entries.length} entries, every poller saw ${complete.length}: median ${complete.length ? median(complete).toFixed(0) : '—'} ms, worst ${complete.length ? Math.max(...complete).toFixed(0) : '—'} ms; visibility lag median ${lags.length ? median(lags).toFixed(0) : '—'} ms, worst ${Object.entries(
      worstLagByTarget,
    )
      .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`)
      .join(', ')}`,
  );

  // The cost of a poll that finds nothing new: the page's current ETag, then wrk with it.
  let nothingNew: TLivePollResult['nothingNew'] = null;
  let baseline: TLoadRun | null = null;
  const current = await request(options.url, { headers: { accept: 'text/html' } });
  const etag = typeof current.headers.etag === 'string' ? current.headers.etag : null;
  const wrkSeconds = options.wrkSeconds ?? 8;
  const connections = options.wrkConnections ?? 50;
  if (!etag) options.log('  the live page sends no ETag: the « nothing new » poll cannot be measured');
  else {
    nothingNew = await wrk304(options.url, etag, connections, wrkSeconds);
    options.log(
      `  nothing new (If-None-Match): ${nothingNew.requestsPerSecond.toFixed(0)} req/s, ${nothingNew.notModified}/${nothingNew.total} answered 304, p99 ${nothingNew.p99} ms`,
    );
  }
  if (options.baselineUrl) {
    baseline = await wrkPlain(options.baselineUrl, connections, wrkSeconds);
    options.log(`  baseline (same page, bare Node http): ${baseline.requestsPerSecond.toFixed(0)} req/s`);
  }

  // Put the story back: the bench's entries go, the live closes if it was not one.
  await sql(options.databaseUrl, `DELETE FROM "LiveEntry" WHERE id = ANY($1)`, [posted.map((p) => p.id)]);
  if (!wasLive)
    await sql(options.databaseUrl, `UPDATE "Article" SET "liveStartedAt" = $2, "liveEndedAt" = $3 WHERE id = $1`, [
      article.id,
      article.liveStartedAt,
      article.liveEndedAt,
    ]);
  bus.purge([...keys, 'list:home']);
  await sleep(600);
  await close();

  return {
    pollers,
    seconds,
    requests,
    notModified,
    ok,
    errors,
    retried,
    errorSamples,
    entries,
    medianAllSeenMs: complete.length ? median(complete) : Infinity,
    worstAllSeenMs: complete.length ? Math.max(...complete) : Infinity,
    unseen: entries.length - complete.length,
    targets,
    medianLagMs: lags.length ? median(lags) : Infinity,
    worstLagMs: lags.length ? Math.max(...lags) : Infinity,
    worstLagByTarget,
    nothingNew,
    baseline,
  };
}

/* Alone: npx tsx scripts/bench/live-poll.ts --url … --database … */
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const url = arg('url');
  const databaseUrl = arg('database') ?? process.env.DATABASE_URL;
  if (!url || !databaseUrl) {
    console.error(
      'usage: npx tsx scripts/bench/live-poll.ts --url http://127.0.0.1:PORT/rubrique/slug --database postgres://… [--pollers N] [--seconds S] [--wrk-seconds S] [--redis URL --redis-prefix P] [--purge-url URL] [--baseline URL]',
    );
    process.exit(2);
  }
  measureLivePoll({
    url,
    databaseUrl,
    pollers: Number(arg('pollers') ?? 1_000),
    seconds: Number(arg('seconds') ?? 30),
    wrkSeconds: Number(arg('wrk-seconds') ?? 8),
    baselineUrl: arg('baseline') ?? null,
    redisUrl: arg('redis') ?? null,
    redisPrefix: arg('redis-prefix'),
    purgeUrl: arg('purge-url') ?? null,
    log: (m) => console.log(m),
  })
    .then((result) => {
      console.log(JSON.stringify({ ...result, entries: result.entries.length }, null, 1));
      process.exit(result.errors === 0 && result.unseen === 0 ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
