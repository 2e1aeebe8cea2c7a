/**
 * `npm start`: everything a fresh checkout needs to serve Dakarinfo.
 *   1. build the site if the sources changed since the last build;
 *   2. without DATABASE_URL, start the embedded PostgreSQL on `.data/` (a free loopback port);
 *   3. apply the committed migrations;
 *   4. on the embedded database (or with DAKARINFO_SEED_DEMO=1), create the demo newsroom when it is
 *      empty, its accounts' passwords recorded in `.data/demo-accounts.txt` in the same step, and print them;
 *   5. serve production pages on PORT (3000), until Ctrl-C stops the site and the database cleanly.
 * `npm run dev` does the same with `next dev`.
 * What it says goes to the log (lib/log.ts): JSON lines in production, readable ones in development
 * (LOG_FORMAT overrides). The demo accounts' passwords are never logged: shown on a terminal only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { needsBuild, recordBuild } from '../lib/ops/build-stamp';
import { checkConfiguration } from '../lib/ops/check-config';
import { DATA_DIR, PROJECT_ROOT, resolveDatabase } from '../lib/ops/database-url';
import { demoAccountsText, seedDemoWithRecord } from '../lib/ops/demo-accounts';
import { migrate } from '../lib/ops/migrate';
import { createLogger, instanceName } from '../lib/log';
import { createPrismaClient } from '../lib/prisma-client';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const log = createLogger({
  pretty: process.env.LOG_FORMAT ? process.env.LOG_FORMAT === 'pretty' : dev,
  instance: instanceName({ ...process.env, PORT: String(port) }),
}).child({ event: 'start' });
const say = (message: string) => log.info(message);
const nextBin = path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/** A stable secret per data folder, for the embedded demo; production sets NEXTAUTH_SECRET itself. */
function localSecret(): string {
  const file = path.join(DATA_DIR, 'nextauth-secret');
  mkdirSync(DATA_DIR, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  const config = checkConfiguration(process.env, { production: !dev });
  for (const warning of config.warnings) log.warn(warning);
  if (config.errors.length) throw new Error(`Configuration dangereuse, démarrage refusé :\n  - ${config.errors.join('\n  - ')}`);
  if (!dev && needsBuild(PROJECT_ROOT)) {
    say('Compilation du site (next build), une minute au plus…');
    const build = spawnSync(process.execPath, [nextBin, 'build'], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error('La compilation a échoué (voir ci-dessus).');
    recordBuild(PROJECT_ROOT);
  }

  say(
    process.env.DATABASE_URL
      ? 'Base de données : DATABASE_URL.'
      : `Démarrage de PostgreSQL intégré (données dans ${path.relative(PROJECT_ROOT, DATA_DIR) || '.'}/)…`,
  );
  const { url, embedded } = await resolveDatabase(say);
  let stopping = false;
  const stopDatabase = async () => {
    if (embedded?.owned) {
      say('Arrêt de PostgreSQL intégré…');
      await embedded.stop();
    }
  };

  try {
    say('Application des migrations…');
    const migrations = await migrate(url, { log: say });
    say(migrations.applied.length ? `${migrations.applied.length} migration(s) appliquée(s).` : 'Schéma à jour.');

    if (embedded || process.env.DAKARINFO_SEED_DEMO === '1') {
      const prisma = createPrismaClient(url, 2);
      try {
        const { seeded, accounts, file } = await seedDemoWithRecord(prisma, DATA_DIR);
        if (seeded) {
          say('Base vide : rédaction de démonstration créée.');
          // Passwords on the terminal only, never in a log (a file, journald).
          if (accounts.length && process.stdout.isTTY)
            process.stdout.write(
              `▸ Comptes de démonstration (gardés dans ${path.relative(PROJECT_ROOT, file)}) :\n${demoAccountsText(accounts)}\n`,
            );
          else if (accounts.length) say(`Comptes de démonstration : voir ${path.relative(PROJECT_ROOT, file)}.`);
        } else if (existsSync(file)) {
          say(`Comptes de démonstration : voir ${path.relative(PROJECT_ROOT, file)}.`);
        }
      } finally {
        await prisma.$disconnect();
      }
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: '1',
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (embedded ? localSecret() : undefined),
  };
  say(dev ? 'Démarrage du serveur de développement…' : 'Démarrage du serveur…');
  // tsx as a loader in this very process (not its CLI wrapper): signals reach the server itself,
  // so SIGTERM drains in-flight requests instead of killing them.
  // A bounded heap (NODE_HEAP_MB, 256 MB by default): V8 collects sooner instead of growing, so an
  // instance under load stays well within 512 MB resident; renders are few at a time (RENDER_CONCURRENCY).
  const heapMb = Number(process.env.NODE_HEAP_MB ?? 256);
  const heap = /max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') || !(heapMb > 0) ? [] : [`--max-old-space-size=${heapMb}`];
  // The server's log goes straight to this process's output; it says it is ready over the IPC channel.
  const server = spawn(process.execPath, [...heap, '--import', 'tsx', 'server.ts', ...(dev ? ['--dev'] : [])], {
    cwd: PROJECT_ROOT,
    env: { ...env, NODE_ENV: dev ? 'development' : 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  server.on('message', (message: { ready?: boolean }) => {
    if (message?.ready) say(`Dakarinfo est prêt : http://localhost:${port}  (Ctrl-C pour arrêter)`);
  });

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say('Arrêt demandé : fin des requêtes en cours…');
    server.kill(signal);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  const code = await new Promise<number>((resolve) => server.on('exit', (exitCode) => resolve(exitCode ?? 0)));
  await stopDatabase();
  say('Dakarinfo est arrêté.');
  log.flush(() => process.exit(stopping ? 0 : code));
}

main().catch((error: unknown) => {
  log.fatal((error as Error).message);
  log.flush(() => process.exit(1));
});
