/**
 * The production (and development) server, started by scripts/start.ts with DATABASE_URL set.
 *   PORT (3000), HOSTNAME (all interfaces), NODE_ENV; LOG_LEVEL, LOG_FORMAT, INSTANCE_NAME (lib/log.ts).
 * Logs go to standard output, one JSON line per event in production (pretty in development). Once it
 * listens it says so in the log, and to scripts/start.ts through the IPC channel when there is one.
 */
import { register } from 'node:module';

// Before the server's modules load: they import lib/data, which is marked `server-only`.
register('./lib/server/server-only-hooks.mjs', import.meta.url);
const { createDakarinfoServer } = await import('./lib/server/create-server');
const { logger } = await import('./lib/log');
const log = logger();
process.on('uncaughtException', (error) => {
  log.fatal({ event: 'crash', err: error }, 'Exception non rattrapée\u00a0: arrêt');
  log.flush(() => process.exit(1));
});
process.on('unhandledRejection', (reason) => log.error({ event: 'crash', err: reason }, 'Promesse rejetée sans gestionnaire'));

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND;

const { close } = await createDakarinfoServer({ dev, dir: import.meta.dirname, port, hostname });
log.info({ event: 'ready', port, dev }, `Prêt\u00a0: http://localhost:${port}`);
if (process.send) {
  process.send({ ready: true });
  process.channel?.unref();
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // SHUTDOWN_GRACE_MS: how long readiness says 503 while requests are still served (load balancers
    // notice), before the server stops accepting and drains. Then at most 10 s for what is in flight.
    const grace = dev ? 0 : Number(process.env.SHUTDOWN_GRACE_MS ?? 2_000);
    log.info({ event: 'stopping', signal, graceMs: grace }, 'Arrêt demandé\u00a0: fin des requêtes en cours');
    const exit = () => log.flush(() => process.exit(0));
    const force = setTimeout(() => {
      log.warn({ event: 'stopped', forced: true }, 'Arrêt forcé\u00a0: des requêtes duraient encore');
      exit();
    }, grace + 10_000);
    force.unref();
    void close(grace).then(() => {
      log.info({ event: 'stopped' }, 'Arrêté');
      exit();
    });
  });
}
