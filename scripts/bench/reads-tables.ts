/** Issue 22's part of the report: « Les plus lus » counted at full speed (reads.ts), and its targets. */
import type { TResults } from './results';
import { table } from './tables';
import type { TTarget } from './targets';
import { fmtInt } from './util';

export type TReadsParts = Pick<TResults, 'reads' | 'readsSkipped'>;

/** Counted reads within this share of the beacons served. */
export const READS_MAX_GAP = 0.01;

export function readsSection(results: TReadsParts): string[] {
  const r = results.reads;
  return [
    '## « Les plus lus »: reads counted at full speed',
    '',
    `What was measured (issue 22, scripts/bench/reads.ts): for ${r?.seconds ?? '—'} s, readers at full speed on every path at once — one wrk per path (scripts/bench/wrk-reads.lua), each connection loading the story's page and then its read beacon \`/lu/<id>.gif\` as a browser does (a browser's User-Agent, \`Sec-Fetch-Dest: image\`) — while each instance counts in memory and adds its counts to the database every 10 s in one statement. The beacons served (wrk's 200 answers) are compared with the reads the database holds once the last batch is in; the rows the database received come from \`pg_stat_user_tables\`.`,
    '',
    r
      ? table(
          ['path', 'pages served', 'beacons served', 'failed', 'req/s'],
          r.paths.map((p) => [p.name, fmtInt(p.pages), fmtInt(p.beacons), p.failed + p.errors, fmtInt(p.requestsPerSecond)]),
        )
      : `Skipped: ${results.readsSkipped ?? 'not measured'}.`,
    '',
  ];
}

export function readsTargets(results: TReadsParts): TTarget[] {
  const r = results.reads;
  if (!r)
    return [{ target: '« Les plus lus »: reads counted at full speed', measured: results.readsSkipped ?? 'not measured', pass: null }];
  return [
    {
      target: `« Les plus lus »: the reads counted match the beacons served within ${READS_MAX_GAP * 100} %, through Varnish and the app`,
      measured: `${fmtInt(r.counted)} counted for ${fmtInt(r.served)} served (${(r.gap * 100).toFixed(2)} % apart); ${r.paths.reduce((n, p) => n + p.failed + p.errors, 0)} failed`,
      pass: r.gap <= READS_MAX_GAP && r.served > 0 && r.paths.every((p) => p.failed + p.errors === 0),
    },
    {
      target: '« Les plus lus »: a bounded number of database writes per minute, whatever the reads',
      measured: `${r.rowsPerMinute.toFixed(1)} rows per minute for ${fmtInt((r.served / r.seconds) * 60)} reads per minute (at most ${r.statementsPerMinuteBound} statements per minute: one per instance per flush)`,
      pass: r.rowsPerMinute <= r.statementsPerMinuteBound,
    },
  ];
}
