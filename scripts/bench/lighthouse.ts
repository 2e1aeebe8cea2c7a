/**
 * Lighthouse 12.2.3 (its command-line tool, default configuration: mobile emulation and simulated
 * throttling) with Debian's Chromium, headless, without background networking.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TPage } from './results';
import { BENCH_DATA_DIR, note, PROJECT_ROOT } from './util';
import { ensureHit } from './warm';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';

export type TLighthouse = {
  page: string;
  url: string;
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  /** Audits below a full score in accessibility, best practices and SEO. */
  failing: string[];
  /** The performance score of every run, when several were made (this one is the median). */
  allPerformance?: number[];
};

type TReport = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; numericValue?: number; scoreDisplayMode: string }>;
  runtimeError?: { message: string };
};

export function lighthouseAvailable(): boolean {
  return existsSync(CHROME_PATH) && existsSync(path.join(PROJECT_ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'));
}

export function runLighthouse(page: string, url: string): Promise<TLighthouse> {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`bench: refusing to audit ${url}`);
  const output = path.join(BENCH_DATA_DIR, `lighthouse-${page}.json`);
  const args = [
    path.join(PROJECT_ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
    url,
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
    `--chrome-flags=${CHROME_FLAGS}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--max-wait-for-load=30000',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !existsSync(output)) {
        reject(new Error(`lighthouse exited with ${code}: ${err.slice(-400)}`));
        return;
      }
      const report = JSON.parse(readFileSync(output, 'utf8')) as TReport;
      if (report.runtimeError) {
        reject(new Error(`lighthouse: ${report.runtimeError.message}`));
        return;
      }
      const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
      const failing: string[] = [];
      for (const category of ['accessibility', 'best-practices', 'seo']) {
        for (const ref of report.categories[category]?.auditRefs ?? []) {
          const audit = report.audits[ref.id];
          if (
            audit &&
            audit.scoreDisplayMode !== 'notApplicable' &&
            audit.scoreDisplayMode !== 'manual' &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.score !== null &&
            audit.score < 1
          ) {
            failing.push(`${category}: ${audit.title}`);
          }
        }
      }
      resolve({
        page,
        url,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
        },
        metrics: {
          fcpMs: metric('first-contentful-paint'),
          lcpMs: metric('largest-contentful-paint'),
          tbtMs: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
          speedIndexMs: metric('speed-index'),
        },
        failing,
      });
    });
  });
}

/**
 * Lighthouse on `pages` of instance 1, page cache warm. Lighthouse varies from run to run on a shared
 * machine: `runs` runs per page, the median one is kept. What failed, if anything, as `skipped`.
 */
export async function lighthousePages(
  baseUrl: string,
  pages: TPage[],
  runCount: number,
): Promise<{ lighthouse: TLighthouse[]; skipped: string | null }> {
  const lighthouse: TLighthouse[] = [];
  let skipped: string | null = null;
  for (const page of pages) {
    try {
      await ensureHit(`${baseUrl}${page.path}`, 'x-cache');
      const runs: TLighthouse[] = [];
      for (let i = 0; i < runCount; i += 1) runs.push(await runLighthouse(page.key, `${baseUrl}${page.path}`));
      runs.sort((a, b) => a.scores.performance - b.scores.performance);
      const result = { ...runs[Math.floor(runs.length / 2)], allPerformance: runs.map((r) => r.scores.performance) };
      lighthouse.push(result);
      note(
        `${page.label.padEnd(8)} performance ${result.scores.performance}, accessibility ${result.scores.accessibility}, best practices ${result.scores.bestPractices}, SEO ${result.scores.seo}`,
      );
    } catch (error) {
      skipped = `${page.label}: ${(error as Error).message}`;
      note(`✗ Lighthouse ${skipped}`);
    }
  }
  return { lighthouse, skipped };
}
