/**
 * The baseline: a bare Node.js `http` server, in a process of its own, sending from memory exactly the
 * bytes the app sent for each page (fetched once, with the same Accept-Encoding as the load), with
 * the same Content-Type and Content-Encoding. Nothing else: no routing library, no logging.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Processes } from './processes';
import { BENCH_DATA_DIR, waitForHttp } from './util';

export type TBaselinePage = { path: string; contentType: string; contentEncoding: string | null; body: Buffer };

const SOURCE = `
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const pages = new Map();
for (const page of JSON.parse(readFileSync(process.env.BASELINE_PAGES, 'utf8'))) {
  const body = Buffer.from(page.body, 'base64');
  const headers = { 'content-type': page.contentType, 'content-length': body.length, vary: 'Accept-Encoding' };
  if (page.contentEncoding) headers['content-encoding'] = page.contentEncoding;
  pages.set(page.path, { headers, body });
}
// The load tool's own ceiling on this machine: a 2-byte answer.
pages.set('/__tiny', { headers: { 'content-type': 'text/plain', 'content-length': 2 }, body: Buffer.from('ok') });
const server = createServer((req, res) => {
  const page = pages.get(req.url);
  if (!page) { res.writeHead(404).end(); return; }
  res.writeHead(200, page.headers);
  res.end(page.body);
});
server.keepAliveTimeout = 65000;
server.listen(Number(process.env.BASELINE_PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

export async function startBaseline(processes: Processes, port: number, pages: TBaselinePage[]): Promise<ChildProcess> {
  const file = path.join(BENCH_DATA_DIR, 'baseline-pages.json');
  writeFileSync(file, JSON.stringify(pages.map((p) => ({ ...p, body: p.body.toString('base64') }))));
  const child = processes.start('baseline', process.execPath, ['--input-type=module', '-e', SOURCE], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', BASELINE_PAGES: file, BASELINE_PORT: String(port) },
    logFile: path.join(BENCH_DATA_DIR, 'logs', 'baseline.log'),
  });
  await waitForHttp(`http://127.0.0.1:${port}${pages[0].path}`, 10_000, () => processes.isAlive(child));
  return child;
}
