/**
 * Varnish for the benchmark: the topology's (scripts/cluster/varnish.ts), in front of one instance,
 * its working directory and log under .data/bench.
 */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startVarnish as startClusterVarnish } from '../cluster/varnish';
import type { Processes } from './processes';
import { BENCH_DATA_DIR } from './util';

export { VARNISHD, varnishVersion, xkeyAvailable } from '../cluster/varnish';

export function startVarnish(processes: Processes, options: { port: number; backendPort: number }): Promise<ChildProcess> {
  return startClusterVarnish(processes, {
    port: options.port,
    backendPorts: [options.backendPort],
    workDir: path.join(BENCH_DATA_DIR, 'varnish'),
    logFile: path.join(BENCH_DATA_DIR, 'logs', 'varnish.log'),
  });
}
