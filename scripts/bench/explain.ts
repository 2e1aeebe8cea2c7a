/**
 * EXPLAIN (ANALYZE, BUFFERS) of the queries the public pages really send, on the million-story
 * database. Rather than copies of Prisma's SQL written by hand, an app instance (page cache off)
 * connects as a role whose sessions load PostgreSQL's auto_explain with log_analyze and log_buffers:
 * every statement it runs is logged with its executed plan, exactly as EXPLAIN (ANALYZE, BUFFERS)
 * prints it. The benchmark requests each page once, reads the plans logged meanwhile, and looks for
 * sequential scans of "Article".
 */
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readFileSync, readSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { BENCH_DATA_DIR, request, sleep } from './util';

export const EXPLAIN_ROLE = 'bench_explain';

export type TPlan = { durationMs: number; query: string; plan: string };
export type TPageExplain = {
  page: string;
  path: string;
  plans: TPlan[];
  seqScanOnArticle: boolean;
  otherSeqScans: string[];
  totalMs: number;
  slowest: TPlan | null;
};

/** Creates the auto_explain role (a superuser: the plans of a throw-away benchmark database only). */
export async function prepareExplainRole(adminUrl: string, database: string): Promise<string> {
  const password = randomBytes(18).toString('base64url');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`LOAD 'auto_explain'`);
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [EXPLAIN_ROLE]);
    await client.query(`${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${EXPLAIN_ROLE} LOGIN SUPERUSER PASSWORD '${password}'`);
    const settings: [string, string][] = [
      ['session_preload_libraries', 'auto_explain'],
      ['auto_explain.log_min_duration', '0'],
      ['auto_explain.log_analyze', 'on'],
      ['auto_explain.log_buffers', 'on'],
      ['auto_explain.log_timing', 'on'],
      ['auto_explain.log_format', 'text'],
      ['auto_explain.log_nested_statements', 'off'],
      ['auto_explain.log_parameter_max_length', '-1'],
    ];
    for (const [name, value] of settings) await client.query(`ALTER ROLE ${EXPLAIN_ROLE} IN DATABASE ${database} SET ${name} = '${value}'`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.username = EXPLAIN_ROLE;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

/** Where the embedded PostgreSQL of .data/bench writes its log (see lib/ops/embedded-postgres.ts). */
export function postgresLogFile(): string {
  const location = path.join(BENCH_DATA_DIR, 'pg-location.txt');
  const home = existsSync(location) ? readFileSync(location, 'utf8').trim() : BENCH_DATA_DIR;
  return path.join(home, 'postgres.log');
}

function readFrom(file: string, offset: number): string {
  const size = statSync(file).size;
  if (size <= offset) return '';
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(size - offset);
    readSync(fd, buffer, 0, buffer.length, offset);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** auto_explain entries in a slice of the server log (continuation lines start with a tab). */
export function parsePlans(text: string): TPlan[] {
  const plans: TPlan[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const head = /LOG:\s+duration: ([\d.]+) ms\s+plan:/.exec(lines[i]);
    if (!head) continue;
    const body: string[] = [];
    while (i + 1 < lines.length && lines[i + 1].startsWith('\t')) body.push(lines[++i].slice(1));
    const planStart = body.findIndex((line) => /\(cost=\d/.test(line) || /\(actual (time|rows)=/.test(line));
    const head2 = planStart === -1 ? body : body.slice(0, planStart);
    const query = head2
      .join('\n')
      .replace(/^Query Text:\s*/, '')
      .trim();
    plans.push({ durationMs: Number(head[1]), query, plan: planStart === -1 ? '' : body.slice(planStart).join('\n') });
  }
  return plans;
}

export async function explainPages(baseUrl: string, pages: { page: string; path: string }[]): Promise<TPageExplain[]> {
  const log = postgresLogFile();
  if (!existsSync(log)) throw new Error(`PostgreSQL log not found at ${log}`);
  // Once each first: connections opened, Next's modules loaded, so each page's slice holds its own queries.
  for (const p of pages) await request(`${baseUrl}${p.path}`, { headers: { 'accept-encoding': 'gzip' } });
  await sleep(500);
  const out: TPageExplain[] = [];
  for (const p of pages) {
    const offset = statSync(log).size;
    const res = await request(`${baseUrl}${p.path}`, { headers: { 'accept-encoding': 'gzip' } });
    if (res.status !== 200) throw new Error(`${p.path}: HTTP ${res.status}`);
    await sleep(400);
    // The scheduler of programmed stories runs every 10 s on every instance: not a page query.
    const plans = parsePlans(readFrom(log, offset)).filter(
      (plan) => !plan.query.includes('"scheduledAt"') && !plan.query.includes('pg_advisory'),
    );
    const seqScans = plans.flatMap((plan) => [...plan.plan.matchAll(/Seq Scan on "?([A-Za-z_]+)"?/g)].map((m) => m[1]));
    const slowest = plans.reduce<TPlan | null>((best, plan) => (!best || plan.durationMs > best.durationMs ? plan : best), null);
    out.push({
      page: p.page,
      path: p.path,
      plans,
      seqScanOnArticle: seqScans.includes('Article'),
      otherSeqScans: [...new Set(seqScans.filter((t) => t !== 'Article'))],
      totalMs: plans.reduce((sum, plan) => sum + plan.durationMs, 0),
      slowest,
    });
  }
  return out;
}

/** explain-plans.txt: every query of every page with its plan, as auto_explain logged it. */
export function explainPlansText(explain: TPageExplain[], stories: string): string {
  const text = explain
    .map((e) =>
      [`######## ${e.page}: ${e.path}`, ...e.plans.map((p, i) => `---- query ${i + 1} (${p.durationMs} ms)\n${p.query}\n\n${p.plan}`)].join(
        '\n\n',
      ),
    )
    .join('\n\n\n');
  return `EXPLAIN (ANALYZE, BUFFERS) of the queries each public page sends, on ${stories} stories (auto_explain, role ${EXPLAIN_ROLE}).\n\n${text}\n`;
}
