/**
 * The benchmark's report: bench/RESULTS.md (the tables of ./tables with what each measures, the chart
 * of ./chart beside it) and the summary printed at the end of a run.
 */
import { findThroughput, MODE_SHORT, type TResults } from './results';
import {
  explainTable,
  firstRequestTable,
  lighthouseTable,
  liveTable,
  memoryTable,
  publishTable,
  rendersTable,
  table,
  throughputTable,
  weightTable,
} from './tables';
import { liveRenderTable, livePollTable, liveTargets, type TLiveParts } from './live-tables';
import { readsSection, readsTargets, type TReadsParts } from './reads-tables';
import { targets, targetsTable } from './targets';
import { fmtInt, fmtMs, fmtRatio, median } from './util';

/** Issue 20's sections: readers polling a live, and a long live rendered beside a story. */
export function liveSection(results: TLiveParts): string[] {
  const poll = results.livePoll;
  return [
    '## Readers polling a live (« En direct »)',
    '',
    `What was measured (issue 20): ${poll ? fmtInt(poll.pollers) : '—'} simulated pollers (scripts/bench/live-poll.ts), spread evenly over ${poll?.targets ? poll.targets.map((t) => t.name).join(', ') : 'instance 1'}, each send a conditional GET of the article, opened as a live for the run, about once a second (\`If-None-Match\` with the ETag they last got, as the live page's script does, which polls every 5 s), while a poster writes an entry every 2 s directly in the database and purges as the app does after an entry (\`article:<id>\` and \`list:feeds\` through the app's invalidation bus: the pages shared in Redis, the other instances over Redis pub/sub, Varnish). A poller has an entry at its first 200 whose body contains \`entree-<id>\`. The **visibility lag** of an entry is the latest moment after its commit at which a request was *sent* whose answer still lacked it (a 200 without it, or a 304 to a poller that did not have it); « until every poller saw it » adds each poller's wait for its next poll (up to 1 s). Then wrk (scripts/bench/wrk-304.lua) sends conditional GETs carrying the page's current ETag — the poll that finds nothing new — beside the baseline server sending the whole page. The bench's entries are deleted and the story closed as a live afterwards.`,
    '',
    livePollTable(results),
    '',
    '## A live of 2,000 entries beside a story',
    '',
    `What was measured (issue 20, scripts/bench/live-render.ts): on the instance with the page cache off, one client, one request at a time: a story rendered as the plain story it is; the same story opened as a live with its newest 50 entries only (one page); then with ${fmtInt(results.liveRender?.entries ?? 2000)} entries (every author in turn, Markdown with links, key points, a pinned entry, a few withdrawn) — its first page shows the same newest 50 and links to « Entrées précédentes ». Each series alternates with a control story that does not change; a ratio is (series / control) ÷ (other series / its control), so that a change of the machine between series is taken out. The entries are deleted afterwards.`,
    '',
    liveRenderTable(results),
    '',
  ];
}

/** `npm run bench -- --live --reads`: some steps alone, in STEPS-RESULTS.md. */
export function stepsResultsMarkdown(
  results: TLiveParts &
    TReadsParts &
    Pick<TResults, 'startedAt' | 'finishedAt' | 'quick' | 'machine' | 'settings' | 'notes'> & { steps: { live: boolean; reads: boolean } },
): string {
  const list = [...(results.steps.live ? liveTargets(results) : []), ...(results.steps.reads ? readsTargets(results) : [])];
  const passed = list.filter((t) => t.pass === true).length;
  const failed = list.filter((t) => t.pass === false).length;
  const names = [
    results.steps.live ? '`--live` (« En direct », issue 20)' : null,
    results.steps.reads ? '`--reads` (« Les plus lus », issue 22)' : null,
  ]
    .filter(Boolean)
    .join(' and ');
  return [
    '# Dakarinfo benchmark: some steps alone',
    '',
    `Run on ${results.finishedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC, ${((results.finishedAt.getTime() - results.startedAt.getTime()) / 60_000).toFixed(1)} minutes${results.quick ? ' — **quick mode: short runs, not for comparison**' : ''}: ${names}, on the same set-up as a full run (\`npm run bench\` runs them too, in bench/RESULTS.md). Targets: ${passed} passed, ${failed} failed, ${list.length - passed - failed} not measured.`,
    '',
    '## Machine',
    '',
    table(['', ''], results.machine),
    '',
    '## Set-up',
    '',
    ...results.settings.filter((s) => !s.startsWith('Load:') && !s.startsWith('wrk drops')).map((s) => `- ${s}`),
    '',
    '## Targets',
    '',
    targetsTable(list),
    '',
    ...(results.steps.live ? liveSection(results) : []),
    ...(results.steps.reads ? readsSection(results) : []),
    ...(results.notes.length ? ['## Notes', '', ...results.notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
}

export function resultsMarkdown(results: TResults): string {
  const list = targets(results);
  const passed = list.filter((t) => t.pass === true).length;
  const failed = list.filter((t) => t.pass === false).length;
  const lines: string[] = [];
  lines.push('# Dakarinfo benchmark results (`npm run bench`)');
  lines.push('');
  lines.push(
    `Run on ${results.finishedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC, ${((results.finishedAt.getTime() - results.startedAt.getTime()) / 60_000).toFixed(1)} minutes${results.quick ? ' — **quick mode: short runs, not for comparison**' : ''}. Issues 5 and 19's targets: ${passed} passed, ${failed} failed, ${list.length - passed - failed} not measured.`,
  );
  lines.push('');
  lines.push('![Requests per second, each mode beside the baseline](requests-per-second.svg)');
  lines.push('');
  lines.push('## Machine');
  lines.push('');
  lines.push(table(['', ''], results.machine));
  lines.push('');
  lines.push('## How it was measured');
  lines.push('');
  for (const s of results.settings) lines.push(`- ${s}`);
  lines.push('');
  lines.push('## Targets (issues 5 and 19)');
  lines.push('');
  lines.push(targetsTable(list));
  lines.push('');
  lines.push('## Throughput: requests per second, p50 and p99 latency');
  lines.push('');
  lines.push(
    `wrk, 2 threads, 50 connections, ${results.seconds} s, ${results.runs} run(s) per cell, medians; every request carries \`Accept-Encoding: gzip\`. Each mode is shown beside the baseline measured in the same run (its own figure in the ratio column). Rendered every time, each kind of page rotates over several pages (see the setup above).`,
  );
  lines.push('');
  lines.push(throughputTable(results));
  lines.push('');
  if (results.ceiling) {
    lines.push(
      `The load tool's ceiling on this machine, measured in the same run with the same wrk settings: the baseline server answering a 2-byte body reaches ${fmtInt(results.ceiling.requestsPerSecond)} req/s (one run); the pages' bodies (3–8 kB gzip'd) peaked at ${results.ceiling.pageMegabytesPerSecond.toFixed(0)} MB/s received. wrk's two threads and the server share the 2 cores: the ceiling is the machine's, not wrk's alone (autocannon, single-threaded JavaScript, topped out near 20,000 req/s here, below a bare Node server).`,
    );
    lines.push('');
  }
  if (results.sharedLinks?.length) {
    const cachedArticle = findThroughput(results, 'article', 'cached');
    const varnishArticle = findThroughput(results, 'article', 'varnish');
    lines.push(
      `Shared links: the same article asked for as readers arriving from a social network ask for it, \`?utm_source=facebook&utm_medium=social&fbclid=<id>\` with an id that is new on every request (wrk's \`request()\` in \`scripts/bench/wrk.lua\`), same load, ${results.runs} run(s), median. The page is cached under the parameters it reads, so each click is the cached page, not a render:`,
    );
    lines.push('');
    lines.push(
      table(
        ['where', 'req/s (median)', 'req/s per run', 'p50 / p99 ms', 'the article without the tags, same mode', 'non-2xx / errors'],
        results.sharedLinks.map((s) => {
          const same = s.who.startsWith('through') ? varnishArticle : cachedArticle;
          const rps = median(s.runs.map((r) => r.requestsPerSecond));
          return [
            s.who,
            fmtInt(rps),
            s.runs.map((r) => fmtInt(r.requestsPerSecond)).join(', '),
            `${fmtMs(median(s.runs.map((r) => r.p50)))} / ${fmtMs(median(s.runs.map((r) => r.p99)))}`,
            same ? `${fmtInt(same.requestsPerSecond)} (${Math.round((100 * rps) / same.requestsPerSecond)} %)` : '—',
            s.runs.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0),
          ];
        }),
      ),
    );
    lines.push('');
  }
  lines.push('<details><summary>Every run</summary>');
  lines.push('');
  lines.push(
    table(
      ['page', 'mode', 'req/s per run', 'MB/s received per run', 'p50 / p99 ms per run', 'CPU used by other processes (max)'],
      results.throughput.map((t) => [
        t.page,
        MODE_SHORT[t.mode],
        t.runs.map((r) => fmtInt(r.requestsPerSecond)).join(', '),
        t.runs.map((r) => (r.bytesPerSecond / 1e6).toFixed(1)).join(', '),
        t.runs.map((r) => `${fmtMs(r.p50)}/${fmtMs(r.p99)}`).join(', '),
        fmtRatio(t.foreignCpuMax),
      ]),
    ),
  );
  lines.push('');
  lines.push('</details>');
  lines.push('');
  lines.push('## The first request after a start');
  lines.push('');
  lines.push(
    'For each page, a fresh app instance (page cache on, no Redis: nothing comes from another instance) is started as `npm start` starts it; once `/api/health` answers, the first request for the page is timed on a new connection (request → whole response), then a second one (from the page cache), and the instance is stopped. One instance per page, so that no page is measured after another warmed the renderer for it.',
  );
  lines.push('');
  lines.push(firstRequestTable(results));
  lines.push('');
  lines.push('## Publish-to-visible');
  lines.push('');
  if (results.publish) {
    lines.push(
      `What was measured: an editor account (created in the database with a known password, argon2id) signs in over HTTP (next-auth's CSRF token, then the credentials callback) on instance 1 and opens the story's edit page, as a browser must before its form can be sent. Each trial changes the title of a published story through the real server action \`saveArticleAction\`, called over HTTP exactly as the newsroom's form calls it (POST to the edit page with the \`Next-Action\` id from the build's manifest and the form encoded as React does): session and role check, the versioned transaction, then the purge of instance 1's page cache, a message on Redis for the other instances, and a \`PURGE\` with \`xkey-purge\` to Varnish. The clock starts when the request leaves; three readers poll the story's page every 5 ms — instance 1 directly, instance 2 (same Redis, its own page cache; its readers' pages read from a streaming replica of the PostgreSQL when the run made one: see the setup above, and the target's name) and through Varnish — until the new title appears. Before each trial the three pages are served from cache (HIT), so each trial measures an invalidation, not a cold page. ${results.publish.trials.length} trials; the story's title is restored at the end.`,
    );
    lines.push('');
  }
  lines.push(publishTable(results));
  if (results.publish?.failures.length) lines.push(`\nFailures: ${results.publish.failures.join('; ')}`);
  lines.push('');
  lines.push('## Readers and editors at once');
  lines.push('');
  lines.push(
    `What was measured (issue 6's load test): wrk processes (one thread each) load Manchettes and the article on instance 1, the rubrique on instance 2 and the article through Varnish (50 connections in all) for ${results.live?.seconds ?? '—'} s, while the editor of the previous section, over HTTP, repeats a cycle of three real server actions: a title edit of the article, a « mise à jour » with a public note on it, and the publication of a new story (a draft the benchmark wrote beforehand). After each change, a reader on each instance and through Varnish polls until it sees the change (the article for the first two; Manchettes, then the new story's address, for the publication). Afterwards the stories published here and the update-log entries added here are deleted and the title restored.`,
  );
  lines.push('');
  lines.push(liveTable(results));
  lines.push('');
  lines.push(...liveSection(results), ...readsSection(results));
  lines.push(`## Uncached renders at 1,000 and at ${fmtInt(results.largeStories)} stories`);
  lines.push('');
  lines.push(
    `One client, one request at a time (keep-alive, gzip), alternately to two instances with the page cache off (\`PAGE_CACHE=off\`) on \`bench_1k\` and \`${results.largeDb}\`: the same URLs, the same demo stories on top, only the archive differs; taking turns, both series see the same machine. The ratio is p50 at ${fmtInt(results.largeStories)} / p50 at 1,000; p90 and request counts are given as 1k / large.`,
  );
  lines.push('');
  lines.push(rendersTable(results));
  lines.push('');
  lines.push(`### Query plans on ${fmtInt(results.largeStories)} stories`);
  lines.push('');
  lines.push(
    `Not hand-written copies of Prisma's SQL: an app instance (page cache off) connects to \`${results.largeDb}\` as a role whose sessions load PostgreSQL's \`auto_explain\` with \`log_analyze\` and \`log_buffers\` — the plan of every statement it runs is logged exactly as \`EXPLAIN (ANALYZE, BUFFERS)\` prints it. Each page was requested once (after a first request to warm connections); the plans are in [explain-plans.txt](explain-plans.txt). Seq scans of the small tables (Rubrique: 6 rows, User: 8) are the planner's right choice.`,
  );
  lines.push('');
  lines.push(explainTable(results));
  lines.push('');
  lines.push('## Memory under load');
  lines.push('');
  lines.push(
    'Sampled every 200 ms from /proc (VmRSS and VmHWM from status, Pss from smaps_rollup) during the load runs. An app instance is the process tree `npm start` runs: tsx + scripts/start.ts, which starts tsx + server.ts. PostgreSQL is the postmaster and its backends; RSS double-counts shared buffers, PSS does not.',
  );
  lines.push('');
  lines.push(memoryTable(results));
  lines.push('');
  lines.push('## Page weight');
  lines.push('');
  lines.push(
    "HTML as the app sends it (raw, and gzip as served); inline JavaScript is mostly Next's React Server Components payload (`self.__next_f.push`); JS is the files of the page's `<script src>` tags, fetched from the app and gzip'd here (level 6).",
  );
  lines.push('');
  lines.push(weightTable(results));
  const article = results.weights.find((w) => w.bodyOccurrences !== undefined);
  if (article)
    lines.push(
      `\nA sentence of the story's body occurs ${article.bodyOccurrences} time(s) in the article's HTML${(article.bodyOccurrences ?? 0) > 1 ? ' (in the page and again in the inline React payload)' : ''}.`,
    );
  const served = results.weights.find((w) => w.scripts.length);
  if (served)
    lines.push(
      `\nThe app ${served.jsServedCompressed ? 'compresses' : 'does **not** compress'} JavaScript files itself when asked for gzip${served.jsServedCompressed ? '' : ' (Varnish or a CDN would have to)'}.`,
    );
  lines.push('');
  lines.push('## Lighthouse');
  lines.push('');
  lines.push(
    "Lighthouse 12.2.3, default configuration (mobile emulation, simulated throttling), Debian's Chromium headless, against instance 1 (page cache warm). Each page is measured three times and the run with the median performance score is shown (the scores of all runs are listed below the table).",
  );
  lines.push('');
  lines.push(lighthouseTable(results));
  for (const l of results.lighthouse)
    if (l.allPerformance) lines.push(`\n${l.page}: performance ${l.allPerformance.join(', ')} over ${l.allPerformance.length} runs.`);
  for (const l of results.lighthouse) if (l.failing.length) lines.push(`\n${l.page}: below full score — ${l.failing.join('; ')}.`);
  lines.push('');
  lines.push('## Seeding');
  lines.push('');
  lines.push(
    table(
      ['database', 'stories', 'seeding', 'detail'],
      results.seeding.map((s) => [
        s.name,
        fmtInt(s.stories),
        s.reused ? `kept (took ${s.seconds.toFixed(0)} s when seeded)` : `${s.seconds.toFixed(1)} s`,
        s.steps.map((step) => step.replace(/\.$/, '')).join('; '),
      ]),
    ),
  );
  lines.push('');
  if (results.skipped.length || results.notes.length) {
    lines.push('## Skipped, errors and notes');
    lines.push('');
    for (const s of [...results.skipped, ...results.notes]) lines.push(`- ${s}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The tables for the terminal. */
export function resultsText(results: TResults): string {
  const list = targets(results);
  return [
    '',
    `══ Throughput (wrk -t2, 50 connections, ${results.seconds} s, median of ${results.runs}) ══`,
    throughputTable(results),
    '',
    '══ First request after a start ══',
    firstRequestTable(results),
    '',
    '══ Publish-to-visible ══',
    publishTable(results),
    '',
    '══ Readers and editors at once ══',
    liveTable(results),
    '',
    '══ Readers polling a live ══',
    livePollTable(results),
    '',
    '══ A live of 2,000 entries beside a story ══',
    liveRenderTable(results),
    '',
    `══ Uncached renders, 1,000 vs ${fmtInt(results.largeStories)} stories ══`,
    rendersTable(results),
    '',
    `══ Query plans at ${fmtInt(results.largeStories)} stories ══`,
    explainTable(results),
    '',
    '══ Memory under load ══',
    memoryTable(results),
    '',
    '══ Page weight ══',
    weightTable(results),
    '',
    '══ Lighthouse ══',
    lighthouseTable(results),
    '',
    '══ Targets ══',
    targetsTable(list),
    ...(results.skipped.length || results.notes.length
      ? ['', '══ Skipped and notes ══', ...[...results.skipped, ...results.notes].map((s) => `- ${s}`)]
      : []),
    '',
  ].join('\n');
}
