/**
 * Issue 20's part of the report: readers polling a live (live-poll.ts), a live of 2,000 entries
 * rendered beside a story (live-render.ts), and their targets.
 */
import type { TResults } from './results';
import { table } from './tables';
import type { TTarget } from './targets';
import { fmtInt, fmtMs } from './util';

/** Every entry visible on every path within this long after its commit. */
export const LIVE_VISIBLE_MS = 1_000;
/** A live's first page (2,000 entries) renders within this factor of the same story as a plain story. */
export const LIVE_RENDER_MAX_RATIO = 1.25;

/** What issue 20's sections read of a run's results (a full run, or `npm run bench -- --live`). */
export type TLiveParts = Pick<TResults, 'livePoll' | 'livePollSkipped' | 'liveRender' | 'liveRenderSkipped'>;

const ms = (value: number) => (Number.isFinite(value) ? fmtMs(value) : '—');

export function livePollTable(results: TLiveParts): string {
  const poll = results.livePoll;
  if (!poll) return `Skipped: ${results.livePollSkipped ?? 'not measured'}.`;
  const polling = table(
    [
      'pollers',
      'seconds',
      'requests',
      '304',
      '200',
      'errors',
      'entries',
      'seen by every poller',
      'visibility lag, median / worst ms',
      'until every poller saw it, median / worst ms',
    ],
    [
      [
        fmtInt(poll.pollers),
        poll.seconds,
        fmtInt(poll.requests),
        fmtInt(poll.notModified),
        fmtInt(poll.ok),
        poll.errors,
        poll.entries.length,
        poll.entries.length - poll.unseen,
        poll.worstLagByTarget ? `${ms(poll.medianLagMs)} / ${ms(poll.worstLagMs)}` : '—',
        `${ms(poll.medianAllSeenMs)} / ${ms(poll.worstAllSeenMs)}`,
      ],
    ],
  );
  const byTarget = poll.targets
    ? table(
        ['path', 'pollers', 'worst visibility lag ms'],
        poll.targets.map((t, i) => [
          t.name,
          fmtInt(Math.floor(poll.pollers / poll.targets.length) + (i < poll.pollers % poll.targets.length ? 1 : 0)),
          ms(poll.worstLagByTarget[t.name] ?? Infinity),
        ]),
      )
    : '';
  const cost = table(
    ['request', 'req/s', 'p50 ms', 'p99 ms', 'answered 304', 'errors'],
    [
      poll.nothingNew
        ? [
            'live page, If-None-Match (nothing new)',
            fmtInt(poll.nothingNew.requestsPerSecond),
            fmtMs(poll.nothingNew.p50),
            fmtMs(poll.nothingNew.p99),
            `${fmtInt(poll.nothingNew.notModified)} / ${fmtInt(poll.nothingNew.total)}`,
            poll.nothingNew.non2xx + poll.nothingNew.errors + poll.nothingNew.timeouts,
          ]
        : ['live page, If-None-Match: no ETag sent, not measured', '—', '—', '—', '—', '—'],
      ...(poll.baseline
        ? [
            [
              'baseline (same page, bare Node http, full page)',
              fmtInt(poll.baseline.requestsPerSecond),
              fmtMs(poll.baseline.p50),
              fmtMs(poll.baseline.p99),
              '—',
              poll.baseline.non2xx + poll.baseline.errors + poll.baseline.timeouts,
            ],
          ]
        : []),
    ],
  );
  const errors = poll.errorSamples.length ? `\n\nErrors: ${poll.errorSamples.join('; ')}.` : '';
  return [polling, byTarget, cost].filter(Boolean).join('\n\n') + errors;
}

export function liveRenderTable(results: TLiveParts): string {
  const r = results.liveRender;
  if (!r) return `Skipped: ${results.liveRenderSkipped ?? 'not measured'}.`;
  return table(
    ['series', 'p50 ms', 'p90 ms', 'requests', 'control p50 ms (same series)'],
    [
      ['the story, as a plain story', fmtMs(r.asStory.p50), fmtMs(r.asStory.p90), r.asStory.n, fmtMs(r.controlWithStory.p50)],
      ...(r.asShortLive
        ? [
            [
              'the same story, a live of 50 entries (one page)',
              fmtMs(r.asShortLive.p50),
              fmtMs(r.asShortLive.p90),
              r.asShortLive.n,
              fmtMs(r.controlWithShortLive.p50),
            ],
          ]
        : []),
      [
        `the same story, a live of ${fmtInt(r.entries)} entries (first page: 50, ${Math.round(r.liveBytes / 1024)} KiB${r.paginated ? ', « Entrées précédentes »' : ''})`,
        fmtMs(r.asLive.p50),
        fmtMs(r.asLive.p90),
        r.asLive.n,
        fmtMs(r.controlWithLive.p50),
      ],
    ],
  );
}

export function liveTargets(results: TLiveParts): TTarget[] {
  const out: TTarget[] = [];
  const poll = results.livePoll;
  if (poll) {
    out.push({
      target: `Readers polling a live: zero errors (${fmtInt(poll.pollers)} pollers)`,
      measured: `${fmtInt(poll.requests)} requests, ${poll.errors} errors${poll.retried ? ` (${poll.retried} sent again once on a kept-alive connection the server had just closed, as browsers do)` : ''}`,
      pass: poll.errors === 0 && poll.requests > 0,
    });
    const paths = poll.targets ? poll.targets.map((t) => t.name).join(', ') : 'instance 1';
    out.push({
      target: `Every entry visible to every poller within ${fmtInt(LIVE_VISIBLE_MS)} ms of its commit, on every path (${paths})`,
      measured: poll.worstLagByTarget
        ? `visibility lag median ${ms(poll.medianLagMs)} ms, worst ${ms(poll.worstLagMs)} ms; ${poll.entries.length - poll.unseen}/${poll.entries.length} entries seen by every poller (until the last poller's next poll: median ${ms(poll.medianAllSeenMs)} ms, worst ${ms(poll.worstAllSeenMs)} ms)`
        : `seen by every poller: median ${ms(poll.medianAllSeenMs)} ms, worst ${ms(poll.worstAllSeenMs)} ms`,
      pass: poll.unseen === 0 && poll.entries.length > 0 && (poll.worstLagMs ?? poll.worstAllSeenMs) <= LIVE_VISIBLE_MS,
    });
    out.push({
      target: 'A poll that finds nothing new is answered 304, beside the baseline serving the page',
      measured:
        poll.nothingNew && poll.baseline
          ? `${fmtInt(poll.nothingNew.requestsPerSecond)} req/s (${fmtInt(poll.nothingNew.notModified)} / ${fmtInt(poll.nothingNew.total)} answered 304) vs the baseline's ${fmtInt(poll.baseline.requestsPerSecond)} req/s = ${((100 * poll.nothingNew.requestsPerSecond) / poll.baseline.requestsPerSecond).toFixed(0)} %`
          : 'not measured',
      pass: poll.nothingNew ? poll.nothingNew.notModified === poll.nothingNew.total && poll.nothingNew.total > 0 : null,
    });
  } else out.push({ target: 'Readers polling a live', measured: results.livePollSkipped ?? 'not measured', pass: null });
  const render = results.liveRender;
  out.push(
    render
      ? {
          target: `A live of ${fmtInt(render.entries)} entries renders its first page as fast as a story (p50 within ${LIVE_RENDER_MAX_RATIO}× of the same story, uncached)`,
          measured: `${fmtMs(render.asLive.p50)} ms vs ${fmtMs(render.asStory.p50)} ms = ${render.ratio.toFixed(2)}× after the control story`,
          pass: render.ratio <= LIVE_RENDER_MAX_RATIO && render.paginated,
        }
      : {
          target: 'A live of 2,000 entries renders its first page as fast as a story',
          measured: results.liveRenderSkipped ?? 'not measured',
          pass: null,
        },
  );
  if (render?.asShortLive)
    out.push({
      target: `Nothing grows with a live's length: its first page at ${fmtInt(render.entries)} entries within ${LIVE_RENDER_MAX_RATIO}× of the same page at 50 (uncached p50)`,
      measured: `${fmtMs(render.asLive.p50)} ms vs ${fmtMs(render.asShortLive.p50)} ms = ${render.lengthRatio.toFixed(2)}× after the control story`,
      pass: render.lengthRatio <= LIVE_RENDER_MAX_RATIO,
    });
  return out;
}
