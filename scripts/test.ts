/**
 * `npm test`: every check, in the order that fails fastest.
 *   types (tsc) → lint (eslint, prettier --check) → unit and integration tests (Vitest, on a real PostgreSQL) →
 *   end-to-end tests (Playwright in Chromium, against the production build).
 * The database server is TEST_DATABASE_URL when set, else an embedded PostgreSQL on `.data/test/`.
 * The end-to-end stage's Chromium is found (or installed) first, so that a machine without one stops
 * at once (lib/ops/ensure-chromium.ts).
 * `npm test -- unit int` (or `e2e`, `types`, `lint`) runs only those stages.
 * Ends with one line « N passed, N failed » counting every test that ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/ops/database-url';
import { ensureChromium } from '../lib/ops/ensure-chromium';
import {
  E2E_DATABASE,
  prepareTemplate,
  recreateDatabase,
  startTestServer,
  TEMPLATE_DATABASE,
  type TTestServer,
} from '../lib/ops/test-database';
import { createPrismaClient } from '../lib/prisma-client';
import { seedDemoNewsroom } from '../prisma/seed';

const STAGES = ['types', 'lint', 'unit', 'int', 'e2e'] as const;
type TStage = (typeof STAGES)[number];
const asked = process.argv.slice(2).filter((a): a is TStage => (STAGES as readonly string[]).includes(a));
const stages = new Set<TStage>(asked.length ? asked : STAGES);
/** Anything else (a spec file, --grep …) goes to Playwright: `npm test -- e2e e2e/newsroom.spec.ts`. */
const playwrightArgs = process.argv.slice(2).filter((a) => !(STAGES as readonly string[]).includes(a));
const results = path.join(PROJECT_ROOT, '.data', 'test-results');
const bin = (name: string) => path.join(PROJECT_ROOT, 'node_modules', '.bin', name);
const say = (m: string) => console.log(`\n▸ ${m}`);

const counts = { passed: 0, failed: 0, skipped: 0 };
let failedStage = false;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  say(label);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failedStage = true;
  return ok;
}

function countVitest(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + report.numTodoTests;
}

function countPlaywright(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  counts.passed += report.stats.expected + report.stats.flaky;
  counts.failed += report.stats.unexpected;
  counts.skipped += report.stats.skipped;
}

/** One `npm test` at a time per checkout: they share the test database server, port and build folder. */
async function takeLock(): Promise<() => void> {
  const lock = path.join(PROJECT_ROOT, '.data', 'test.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 2) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch {
      const holder = Number(readFileSync(lock, 'utf8'));
      let alive = false;
      try {
        process.kill(holder, 0);
        alive = holder !== process.pid;
      } catch {
        alive = false;
      }
      if (!alive) rmSync(lock, { force: true });
      else {
        if (waited % 30 === 0) console.log(`▸ Un autre « npm test » (pid ${holder}) est en cours : attente…`);
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  }
}

async function main() {
  const release = await takeLock();
  process.on('exit', release);
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });

  if (stages.has('e2e')) {
    process.env.CHROMIUM_PATH = await ensureChromium((m) => console.log(`▸ ${m}`));
    console.log(`▸ Chromium des tests de bout en bout : ${process.env.CHROMIUM_PATH}`);
  }

  if (stages.has('types')) run('Types (tsc --noEmit)', bin('tsc'), ['--noEmit']);
  if (stages.has('lint')) {
    run('Lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']);
    run('Format (prettier --check)', bin('prettier'), ['--check', '.', '--log-level=warn']);
  }

  const needsDb = stages.has('int') || stages.has('e2e');
  let server: TTestServer | null = null;
  try {
    if (needsDb) {
      say(process.env.TEST_DATABASE_URL ? 'PostgreSQL de test : TEST_DATABASE_URL' : 'PostgreSQL de test intégré (.data/test/)');
      server = await startTestServer((m) => console.log(`  ${m}`));
      await prepareTemplate(server.adminUrl);
    }
    const vitestProjects = (['unit', 'int'] as const).filter((s) => stages.has(s));
    if (vitestProjects.length) {
      const report = path.join(results, 'vitest.json');
      run(
        `Tests unitaires et d’intégration (${vitestProjects.join(', ')})`,
        bin('vitest'),
        ['run', ...vitestProjects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
        server ? { DAKARINFO_TEST_SERVER_URL: server.adminUrl } : {},
      );
      countVitest(report);
    }
    if (stages.has('e2e') && server) {
      const url = await recreateDatabase(server.adminUrl, E2E_DATABASE, TEMPLATE_DATABASE);
      const prisma = createPrismaClient(url, 2);
      await seedDemoNewsroom(prisma).finally(() => prisma.$disconnect());
      const report = path.join(results, 'playwright.json');
      run('Tests de bout en bout (Playwright, Chromium)', bin('playwright'), ['test', ...playwrightArgs], {
        E2E_DATABASE_URL: url,
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      });
      countPlaywright(report);
    }
  } finally {
    await server?.embedded?.stop();
  }

  console.log(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  process.exit(failedStage || counts.failed > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
