/**
 * The production (and development) server, started by scripts/start.ts with DATABASE_URL set.
 *   PORT (3000), HOSTNAME (all interfaces), NODE_ENV.
 */
import { createDakarinfoServer } from './lib/server/create-server';

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
    const force = setTimeout(() => process.exit(0), 10_000);
    force.unref();
    void close().then(() => process.exit(0));
  });
}
