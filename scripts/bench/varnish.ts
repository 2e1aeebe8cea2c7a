/**
 * Varnish for the benchmark: varnish/default.vcl with the backend port set to the app instance's,
 * varnishd in the foreground (-F) on a loopback port, its working directory under .data/bench.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Processes } from './processes';
import { BENCH_DATA_DIR, PROJECT_ROOT, waitForHttp } from './util';

export const VARNISHD = '/usr/sbin/varnishd';

export function varnishVersion(): string | null {
  if (!existsSync(VARNISHD)) return null;
  const out = spawnSync(VARNISHD, ['-V'], { encoding: 'utf8' });
  const match = /varnish-[\d.]+/.exec(`${out.stdout}${out.stderr}`);
  return match ? match[0] : 'varnish (unknown version)';
}

export function xkeyAvailable(): boolean {
  return [
    '/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so',
    '/usr/lib/aarch64-linux-gnu/varnish/vmods/libvmod_xkey.so',
    '/usr/lib/varnish/vmods/libvmod_xkey.so',
  ].some(existsSync);
}

export async function startVarnish(processes: Processes, options: { port: number; backendPort: number }): Promise<ChildProcess> {
  const vcl = readFileSync(path.join(PROJECT_ROOT, 'varnish', 'default.vcl'), 'utf8');
  const withPort = vcl.replace(/(\.port\s*=\s*")\d+(";)/, `$1${options.backendPort}$2`);
  if (withPort === vcl && !vcl.includes(`"${options.backendPort}"`))
    throw new Error('varnish/default.vcl: no backend `.port = "…";` line to point at the app');
  const workDir = path.join(BENCH_DATA_DIR, 'varnish');
  mkdirSync(workDir, { recursive: true, mode: 0o755 });
  const vclFile = path.join(BENCH_DATA_DIR, 'varnish.vcl');
  writeFileSync(vclFile, withPort, { mode: 0o644 });
  const child = processes.start(
    'varnish',
    VARNISHD,
    ['-F', '-a', `127.0.0.1:${options.port}`, '-T', 'none', '-f', vclFile, '-n', workDir, '-s', 'malloc,256m', '-p', 'default_grace=10'],
    { logFile: path.join(BENCH_DATA_DIR, 'logs', 'varnish.log') },
  );
  // /api/health passes through to the app: an answer means Varnish and its backend are both up.
  await waitForHttp(`http://127.0.0.1:${options.port}/api/health`, 60_000, () => processes.isAlive(child));
  return child;
}
