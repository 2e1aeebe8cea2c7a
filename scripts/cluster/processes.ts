/**
 * The processes a topology starts (app instances, Varnish; in the benchmark also its baseline server),
 * each in its own process group so that it can be stopped whole — and only those. Used by
 * `npm run cluster` (scripts/cluster.ts) and `npm run bench`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

type TManaged = { name: string; child: ChildProcess; exited: Promise<void> };

export class Processes {
  private readonly managed: TManaged[] = [];
  /** Set when the topology stops: nothing new starts after that (it would outlive it). */
  private closed = false;

  /** Starts `command` detached (its own process group), output appended to `logFile`. */
  start(name: string, command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; logFile: string }): ChildProcess {
    if (this.closed) throw new Error(`not starting ${name}: the topology is stopping`);
    const fd = openSync(options.logFile, 'a');
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', fd, fd], detached: true });
    closeSync(fd);
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      child.once('exit', () => resolve());
      child.once('error', () => resolve());
    });
    this.managed.push({ name, child, exited });
    return child;
  }

  isAlive(child: ChildProcess): boolean {
    return child.exitCode === null && child.signalCode === null && child.pid !== undefined;
  }

  /** SIGTERM to the process group, then SIGKILL to what is left after `graceMs`. */
  async stop(child: ChildProcess, graceMs = 12_000): Promise<void> {
    const entry = this.managed.find((m) => m.child === child);
    if (!entry || child.pid === undefined) return;
    const group = -child.pid;
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(group, signal);
      } catch {
        // already gone
      }
    };
    if (this.isAlive(child)) {
      signalGroup('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([entry.exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
      clearTimeout(timer);
    }
    // The leader may be gone while a grandchild of the same group lingers: make sure.
    signalGroup('SIGKILL');
    this.managed.splice(this.managed.indexOf(entry), 1);
  }

  async stopByName(name: string): Promise<void> {
    const entry = this.managed.find((m) => m.name === name);
    if (entry) await this.stop(entry.child);
  }

  async stopAll(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.managed].reverse().map((m) => this.stop(m.child)));
  }

  get names(): string[] {
    return this.managed.map((m) => m.name);
  }
}
