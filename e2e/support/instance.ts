import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestInfo } from '@playwright/test';

/**
 * An extra instance of the site for a test: on a port the system says is free (never a fixed one,
 * which the previous spec's instance may still hold), ready once /api/health answers, its output kept
 * (attached to the report when a test fails) and, when stopped, awaited until it has exited.
 */
export type TInstance = {
  name: string;
  port: number;
  /** http://localhost:PORT */
  base: string;
  /** Everything it wrote so far, stdout and stderr interleaved (the last 2 MB). */
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal) once the process has exited. */
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
  /** SIGTERM, then waits for the exit; SIGKILL to the whole process group after `graceMs`. */
  stop: (graceMs?: number) => Promise<number | null>;
  attach: (testInfo: TestInfo) => Promise<void>;
};

export type TInstanceOptions = {
  name: string;
  /** `scripts/start.ts` (as `npm start` runs it, the default) or `server.ts` (the server alone). */
  entry?: 'scripts/start.ts' | 'server.ts';
  /** The instance's environment, given its port (PORT is set by the helper). */
  env: (port: number) => Record<string, string | undefined>;
  /** The address checked for readiness. */
  host?: string;
  readyTimeoutMs?: number;
  /** The hook's testInfo: if the instance never gets ready, its output is attached there. */
  testInfo?: TestInfo;
};

const E2E_SECRET = 'e2e-secret-only-for-tests-0123456789abcdef';
const MAX_OUTPUT = 2 * 1024 * 1024;

/** Process groups of the instances still running: killed if the test worker exits first. */
const running = new Set<number>();
process.once('exit', () => {
  for (const group of running) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** Ports already handed out by this process: two instances started at once never get the same one. */
const handedOut = new Set<number>();

/** A port nobody listens on now: the system picks it, then it is released for the instance. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await systemPort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

function systemPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** What every e2e instance shares with the main one: its build, its secret, its database. */
export function e2eEnv(port: number, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: E2E_SECRET,
    DAKARINFO_DIST_DIR: '.next-e2e',
    ...extra,
  };
}

export async function startInstance(options: TInstanceOptions): Promise<TInstance> {
  const port = await freePort();
  const host = options.host ?? 'localhost';
  const child = spawn(process.execPath, ['--import', 'tsx', options.entry ?? 'scripts/start.ts'], {
    env: { ...process.env, ...options.env(port), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a last-resort SIGKILL reaches the server that scripts/start.ts spawned too.
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > MAX_OUTPUT) output = output.slice(-MAX_OUTPUT);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exitCode: number | null | undefined;
  const group = child.pid;
  if (group) running.add(group);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      if (group) running.delete(group);
      exitCode = code;
      resolve(code);
    });
  });

  const instance: TInstance = {
    name: options.name,
    port,
    base: `http://${host}:${port}`,
    output: () => output,
    exited,
    kill: (signal) => {
      if (exitCode === undefined) child.kill(signal);
    },
    stop: async (graceMs = 30_000) => {
      if (exitCode !== undefined) return exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    attach: async (testInfo) => {
      await testInfo.attach(`${options.name} (port ${port}) output`, { body: output || '(nothing written)', contentType: 'text/plain' });
    },
  };

  const timeoutMs = options.readyTimeoutMs ?? 240_000;
  const deadline = Date.now() + timeoutMs;
  while (exitCode === undefined && Date.now() < deadline) {
    if (
      await fetch(`${instance.base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return instance;
    await new Promise((r) => setTimeout(r, 250));
  }
  const why = exitCode === undefined ? `not ready after ${timeoutMs} ms` : `exited with code ${exitCode} before it was ready`;
  await instance.stop(5_000);
  if (options.testInfo) await instance.attach(options.testInfo);
  throw new Error(`${options.name} ${why} (port ${port}); its last output:\n${output.slice(-4000)}`);
}

/** For an afterEach hook: when the test failed, the output of every instance it used goes into the report. */
export async function attachOnFailure(testInfo: TestInfo, instances: Array<TInstance | undefined>): Promise<void> {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const instance of instances) if (instance) await instance.attach(testInfo);
}
