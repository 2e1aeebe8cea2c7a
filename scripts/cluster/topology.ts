/**
 * The production topology on one machine (docs/DEPLOY.md): a PostgreSQL primary and a streaming
 * replica (embedded), Redis (an existing one, REDIS_URL), two app instances that read readers' pages
 * from the replica and share pages and purges through Redis, and Varnish in front of both (probed on
 * readiness, round robin, retries), to which the instances send their purges. Everything the
 * topology starts is stopped by `stop()`, also after a failure half-way.
 *
 * Used by `npm run cluster` (scripts/cluster.ts), the cluster e2e test (e2e/cluster.spec.ts) and the
 * benchmark's rolling restart (scripts/bench/rolling-restart.ts).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { seedDemoWithRecord } from '../../lib/ops/demo-accounts';
import { ensureDatabase, startEmbeddedPostgres, type TEmbeddedPostgres } from '../../lib/ops/embedded-postgres';
import { migrate } from '../../lib/ops/migrate';
import { createPrismaClient } from '../../lib/prisma-client';
import { appEnv, base, restartApp, startApp, type TAppInstance } from './app';
import { startReplicaOf } from './postgres';
import { Processes } from './processes';
import { startVarnish, VARNISHD, xkeyAvailable } from './varnish';
import { freePort, redisAnswers } from './wait';

export const DATABASE = 'dakarinfo';

export type TTopologyOptions = {
  /** Where the databases, logs and Varnish's files go (e.g. .data/cluster). */
  dir: string;
  /** The build the instances serve (DAKARINFO_DIST_DIR), relative to the project. */
  distDir: string;
  redisUrl: string;
  /** The instances' names in Redis: one run's own. */
  redisPrefix?: string;
  /** Ports: the two instances and Varnish (free ones when not given). */
  ports?: { apps?: number[]; varnish?: number };
  /** The demo newsroom on an empty database. */
  seedDemo?: boolean;
  /** More environment for every instance. */
  env?: Record<string, string>;
  log?: (message: string) => void;
};

export type TTopology = {
  processes: Processes;
  primary: TEmbeddedPostgres;
  replica: TEmbeddedPostgres;
  /** The primary's and the replica's addresses of the site's database. */
  databaseUrl: string;
  replicaUrl: string;
  apps: TAppInstance[];
  /** Varnish: the site's public address. */
  varnishUrl: string;
  logDir: string;
  /** Restarts instance `index` (SIGTERM, drain, start, readiness). */
  restart(index: number): Promise<void>;
  /** Every instance in turn. */
  rollingRestart(): Promise<void>;
  stop(): Promise<void>;
};

export async function startTopology(options: TTopologyOptions): Promise<TTopology> {
  const log = options.log ?? (() => {});
  if (!existsSync(VARNISHD) || !xkeyAvailable())
    throw new Error(`Varnish et vmod-xkey sont nécessaires (${VARNISHD} ; Debian : apt-get install varnish varnish-modules).`);
  if (!(await redisAnswers(options.redisUrl))) throw new Error(`Redis ne répond pas à ${options.redisUrl} (REDIS_URL).`);
  const dir = path.resolve(options.dir);
  const logDir = path.join(dir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const processes = new Processes();
  let primary: TEmbeddedPostgres | null = null;
  let replica: TEmbeddedPostgres | null = null;
  const stop = async () => {
    await processes.stopAll();
    await replica?.stop().catch(() => {});
    if (primary?.owned) await primary.stop().catch(() => {});
  };

  try {
    log('PostgreSQL principal…');
    const primaryDir = path.join(dir, 'primary');
    primary = await startEmbeddedPostgres({ dataDir: primaryDir, log });
    const databaseUrl = await ensureDatabase(primary.adminUrl, DATABASE);
    const migrations = await migrate(databaseUrl);
    if (migrations.applied.length) log(`${migrations.applied.length} migration(s) appliquée(s).`);
    if (options.seedDemo !== false) {
      const prisma = createPrismaClient(databaseUrl, 2);
      try {
        const { seeded, file } = await seedDemoWithRecord(prisma, dir);
        if (seeded) log(`Rédaction de démonstration créée (comptes dans ${file}).`);
      } finally {
        await prisma.$disconnect();
      }
    }
    log('Réplique en flux (streaming replication)…');
    const started = await startReplicaOf(primary, {
      primaryDataDir: primaryDir,
      dataDir: path.join(dir, 'replica'),
      database: DATABASE,
      log,
    });
    replica = started.replica;
    const replicaUrl = started.url;

    const appPorts = options.ports?.apps ?? [await freePort(), await freePort()];
    const varnishPort = options.ports?.varnish ?? (await freePort());
    const varnishUrl = base(varnishPort);
    const secret = randomBytes(32).toString('base64url');
    const redisPrefix = options.redisPrefix ?? `dakarinfo-cluster-${process.pid}-${Date.now()}:`;
    const envOf = (port: number, index: number) =>
      appEnv({
        port,
        databaseUrl,
        secret,
        distDir: options.distDir,
        dataDir: dir,
        extra: {
          DATABASE_REPLICA_URLS: replicaUrl,
          REDIS_URL: options.redisUrl,
          REDIS_PREFIX: redisPrefix,
          PURGE_URL: `${varnishUrl}/`,
          // Varnish, on this machine, is the one proxy: the reader's address is the one it adds.
          TRUST_PROXY: 'loopback',
          SITE_URL: varnishUrl,
          NEXTAUTH_URL: varnishUrl,
          INSTANCE_NAME: `app${index + 1}`,
          ...options.env,
        },
      });
    // One after the other: if the build is stale, the first rebuilds it, alone.
    log(`Instances : ${appPorts.map(base).join(', ')}…`);
    const apps: TAppInstance[] = [];
    for (const [index, port] of appPorts.entries()) {
      const name = `app${index + 1}`;
      apps.push(await startApp(processes, { name, port, env: envOf(port, index), log: path.join(logDir, `${name}.log`) }));
    }
    log(`Varnish : ${varnishUrl}…`);
    await startVarnish(processes, {
      port: varnishPort,
      backendPorts: appPorts,
      workDir: path.join(dir, 'varnish'),
      logFile: path.join(logDir, 'varnish.log'),
    });

    const topology: TTopology = {
      processes,
      primary,
      replica,
      databaseUrl,
      replicaUrl,
      apps,
      varnishUrl,
      logDir,
      async restart(index) {
        const app = apps[index];
        if (!app) throw new Error(`pas d’instance ${index + 1}`);
        apps[index] = await restartApp(processes, app);
      },
      async rollingRestart() {
        for (let index = 0; index < apps.length; index += 1) {
          log(`Redémarrage de ${apps[index]?.name}…`);
          await topology.restart(index);
          // Varnish probes readiness every 500 ms and needs two good answers of three: the instance
          // is back in the rotation before the next one leaves it.
          await new Promise((resolve) => setTimeout(resolve, 1_500));
        }
      },
      stop,
    };
    return topology;
  } catch (error) {
    await stop();
    throw error;
  }
}
