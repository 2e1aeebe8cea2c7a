/**
 * `npm run cluster`: the production topology on this machine, from the repository (docs/DEPLOY.md) —
 * a PostgreSQL primary and a streaming replica (embedded, in .data/cluster/), Redis (REDIS_URL, by
 * default 127.0.0.1:6379), two app instances, Varnish in front of them. For trying it: the site is
 * at Varnish's address, each instance at its own, their logs in .data/cluster/logs/. Ctrl-C stops
 * everything it started.
 *   --rolling-restart   once everything runs, restart the instances one after the other, then stop.
 *   CLUSTER_PORT_BASE   Varnish on it, the instances on the next two (default 3301).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { needsBuild, recordBuild } from '../lib/ops/build-stamp';
import { PROJECT_ROOT } from './cluster/app';
import { startTopology, type TTopology } from './cluster/topology';

const DIST_DIR = '.data/cluster/next';
const say = (message: string) => console.log(`▸ ${message}`);

function buildIfNeeded(): void {
  process.env.DAKARINFO_DIST_DIR = DIST_DIR;
  if (!needsBuild(PROJECT_ROOT)) return;
  say(`Compilation du site (next build → ${DIST_DIR})…`);
  const built = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DAKARINFO_DIST_DIR: DIST_DIR },
  });
  if (built.status !== 0) throw new Error('La compilation a échoué (voir ci-dessus).');
  recordBuild(PROJECT_ROOT);
}

let topology: TTopology | null = null;
let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('Arrêt de la topologie…');
    await topology?.stop();
  }
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));

async function main() {
  buildIfNeeded();
  const portBase = Number(process.env.CLUSTER_PORT_BASE ?? 3301);
  topology = await startTopology({
    dir: path.join(PROJECT_ROOT, '.data', 'cluster'),
    distDir: DIST_DIR,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ports: { varnish: portBase, apps: [portBase + 1, portBase + 2] },
    log: say,
  });
  say(`Dakarinfo en grappe :
    site (Varnish)      ${topology.varnishUrl}
    instances           ${topology.apps.map((app) => app.url).join('  ')}
    métriques           ${topology.apps.map((app) => `${app.url}/api/metrics`).join('  ')}
    base principale     ${topology.databaseUrl.replace(/:[^:@/]+@/, ':…@')}
    réplique            ${topology.replicaUrl.replace(/:[^:@/]+@/, ':…@')}
    journaux            ${path.relative(PROJECT_ROOT, topology.logDir)}/
    comptes de démo     .data/cluster/demo-accounts.txt
  Ctrl-C pour tout arrêter.`);
  if (process.argv.includes('--rolling-restart')) {
    await topology.rollingRestart();
    say('Redémarrage progressif terminé.');
    await stop(0);
  }
}

main().catch(async (error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  await stop(1);
});
