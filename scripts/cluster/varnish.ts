/**
 * Varnish in front of the app instances: varnish/default.vcl, the shipped VCL, with its one backend
 * replaced by the instances given — each probed on its readiness (/api/health, which answers 503 as
 * soon as the instance is asked to stop), behind a round-robin director, and a failed fetch of a
 * GET or HEAD tried again on the next instance. That is what lets one instance restart while readers
 * lose nothing (docs/DEPLOY.md). varnishd runs in the foreground (-F) on a loopback port.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Processes } from './processes';
import { waitForHttp } from './wait';

export const VARNISHD = '/usr/sbin/varnishd';
const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

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

const BACKEND_BLOCK = /backend default \{[^}]*\}/;

/**
 * The shipped VCL with `backendPorts` as its backends. One port: the shipped backend on that port (as
 * the benchmark measured it). Several: probed backends behind a round-robin director, and retries.
 */
export function vclFor(backendPorts: number[], shipped = readFileSync(path.join(PROJECT_ROOT, 'varnish', 'default.vcl'), 'utf8')): string {
  if (!BACKEND_BLOCK.test(shipped)) throw new Error('varnish/default.vcl: no `backend default { … }` block to point at the app');
  if (backendPorts.length === 1) return shipped.replace(/(backend default \{[^}]*\.port\s*=\s*")\d+(";)/, `$1${backendPorts[0]}$2`);
  const backend = (name: string, port: number, probe: boolean) => `backend ${name} {
    .host = "127.0.0.1";
    .port = "${port}";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;${probe ? '\n    .probe = ready;' : ''}
}`;
  const backends = backendPorts
    .flatMap((port, index) => [backend(`app${index + 1}`, port, true), backend(`app${index + 1}_any`, port, false)])
    .join('\n\n');
  const cluster = `# Readiness: /api/health answers 503 from the moment an instance is asked to stop (SHUTDOWN_GRACE_MS),
# so it leaves the rotation before it stops accepting. A slow answer (an instance under heavy load)
# counts as a failure too: hence the fallback below.
probe ready {
    .url = "/api/health";
    .interval = 500ms;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

${backends}

# The instances that answer their probe, in turn; if none does (all busy, say), every instance in
# turn rather than an error: a fetch that fails is tried again on the next one (vcl_backend_error).
sub vcl_init {
    new ready_apps = directors.round_robin();
${backendPorts.map((_, index) => `    ready_apps.add_backend(app${index + 1});`).join('\n')}
    new any_app = directors.round_robin();
${backendPorts.map((_, index) => `    any_app.add_backend(app${index + 1}_any);`).join('\n')}
    new app = directors.fallback();
    app.add_backend(ready_apps.backend());
    app.add_backend(any_app.backend());
}

sub vcl_recv {
    set req.backend_hint = app.backend();
}

# An instance that went away between two probes: the fetch is tried again on the next one.
sub vcl_backend_error {
    if (bereq.retries < ${backendPorts.length + 1} && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}`;
  return shipped.replace('import xkey;', 'import xkey;\nimport directors;').replace(BACKEND_BLOCK, cluster);
}

export async function startVarnish(
  processes: Processes,
  options: { port: number; backendPorts: number[]; workDir: string; logFile: string; name?: string },
): Promise<ChildProcess> {
  mkdirSync(options.workDir, { recursive: true, mode: 0o755 });
  // Varnish reads its VCL and works in its directory as its own unprivileged user, which may not
  // enter the project's folder (a checkout under a 700 directory): both go to a temporary folder of
  // its own, readable by everyone; the project's `workDir` keeps a copy of the VCL for reading.
  const runDir = mkdtempSync(path.join(tmpdir(), `dakarinfo-${options.name ?? 'varnish'}-`));
  chmodSync(runDir, 0o755);
  const vcl = vclFor(options.backendPorts);
  const vclFile = path.join(runDir, 'default.vcl');
  writeFileSync(vclFile, vcl, { mode: 0o644 });
  writeFileSync(path.join(path.dirname(options.workDir), `${path.basename(options.workDir)}.vcl`), vcl, { mode: 0o644 });
  const child = processes.start(
    options.name ?? 'varnish',
    VARNISHD,
    [
      '-F',
      '-a',
      `127.0.0.1:${options.port}`,
      '-T',
      'none',
      '-f',
      vclFile,
      '-n',
      path.join(runDir, 'n'),
      '-s',
      'malloc,256m',
      '-p',
      'default_grace=10',
    ],
    { logFile: options.logFile },
  );
  child.once('exit', () => rmSync(runDir, { recursive: true, force: true }));
  // /api/health passes through to the app: an answer means Varnish and a backend are both up.
  await waitForHttp(`http://127.0.0.1:${options.port}/api/health`, 60_000, () => processes.isAlive(child));
  return child;
}
