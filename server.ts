/**
 * The production (and development) server, started by scripts/start.ts with DATABASE_URL set.
 *   PORT (3000), HOSTNAME (all interfaces), NODE_ENV.
 */
import { register } from 'node:module';

// Before the server's modules load: they import lib/data, which is marked `server-only`.
register('./lib/server/server-only-hooks.mjs', import.meta.url);
const { createDakarinfoServer } = await import('./lib/server/create-server');

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND;

const { close } = await createDakarinfoServer({ dev, dir: import.meta.dirname, port, hostname });
console.log(`✓ Ready on http://localhost:${port}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // SHUTDOWN_GRACE_MS: how long readiness says 503 while requests are still served (load balancers
    // notice), before the server stops accepting and drains. Then at most 10 s for what is in flight.
    const grace = dev ? 0 : Number(process.env.SHUTDOWN_GRACE_MS ?? 2_000);
    const force = setTimeout(() => process.exit(0), grace + 10_000);
    force.unref();
    void close(grace).then(() => process.exit(0));
  });
}
