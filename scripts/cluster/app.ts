/**
 * An app instance of the topology, started as `npm start` starts it (tsx scripts/start.ts) in its own
 * process group, ready once /api/health answers; and its restart (SIGTERM, wait for the exit, start,
 * wait for readiness), which is one step of a rolling restart.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Processes } from './processes';
import { waitForHttp } from './wait';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const base = (port: number) => `http://127.0.0.1:${port}`;

export type TAppInstance = {
  name: string;
  port: number;
  url: string;
  env: NodeJS.ProcessEnv;
  log: string;
  child: ChildProcess;
  pid: () => number | undefined;
};

/** Settings an instance must not inherit from the caller's shell: the topology sets its own. */
const NOT_INHERITED = [
  'REDIS_URL',
  'REDIS_PREFIX',
  'PURGE_URL',
  'PAGE_CACHE',
  'PAGE_CACHE_MB',
  'TRUST_PROXY',
  'SITE_URL',
  'DAKARINFO_SEED_DEMO',
  'DATABASE_POOL_SIZE',
  'DATABASE_REPLICA_URLS',
  'NODE_OPTIONS',
  'INSTANCE_NAME',
  'PORT',
];

/** An instance's environment: its port, database, secret, build and data folders, and `extra`. */
export function appEnv(options: {
  port: number;
  databaseUrl: string;
  secret: string;
  distDir: string;
  dataDir: string;
  extra?: Record<string, string>;
}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of NOT_INHERITED) delete env[name];
  return {
    ...env,
    DATABASE_URL: options.databaseUrl,
    PORT: String(options.port),
    HOSTNAME_BIND: '127.0.0.1',
    NEXTAUTH_SECRET: options.secret,
    NEXTAUTH_URL: base(options.port),
    DAKARINFO_DIST_DIR: options.distDir,
    DAKARINFO_DATA_DIR: options.dataDir,
    NEXT_TELEMETRY_DISABLED: '1',
    ...options.extra,
  };
}

/** Starts `scripts/start.ts` with `env` (its output appended to `log`) and waits until /api/health answers. */
export async function startApp(
  processes: Processes,
  options: { name: string; port: number; env: NodeJS.ProcessEnv; log: string; timeoutMs?: number },
): Promise<TAppInstance> {
  const child = processes.start(options.name, process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: PROJECT_ROOT,
    env: options.env,
    logFile: options.log,
  });
  const url = base(options.port);
  try {
    await waitForHttp(`${url}/api/health`, options.timeoutMs ?? 240_000, () => processes.isAlive(child));
  } catch (error) {
    const tail = existsSync(options.log) ? readFileSync(options.log, 'utf8').split('\n').slice(-15).join('\n') : '';
    throw new Error(`${options.name} did not start: ${(error as Error).message}\n${tail}`);
  }
  return { name: options.name, port: options.port, url, env: options.env, log: options.log, child, pid: () => child.pid };
}

/**
 * One step of a rolling restart: SIGTERM (readiness answers 503 at once, so Varnish takes the
 * instance out; requests on their way are served during SHUTDOWN_GRACE_MS, then drained), wait for
 * the exit, start it again on the same port, wait for readiness. Returns the new instance.
 */
export async function restartApp(processes: Processes, instance: TAppInstance): Promise<TAppInstance> {
  await processes.stop(instance.child, 20_000);
  return startApp(processes, { name: instance.name, port: instance.port, env: instance.env, log: instance.log });
}
