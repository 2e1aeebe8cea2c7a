/**
 * The processes the benchmark starts (app instances, Varnish, the baseline server), each in its own
 * process group so that it can be stopped whole — and only those — and a sampler of their memory
 * (/proc/<pid>/status VmRSS and VmHWM, smaps_rollup Pss) and of the CPU the rest of the machine uses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sleep } from './util';

/** The process groups the benchmark starts: shared with `npm run cluster` (scripts/cluster/processes.ts). */
export { Processes } from '../cluster/processes';

/* ------------------------------------------------------------------------------------------------
 * /proc readers
 * ---------------------------------------------------------------------------------------------- */

type TStat = { pid: number; ppid: number; ticks: number; childTicks: number; comm: string };

function readStat(pid: number): TStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const fields = text.slice(close + 2).split(' ');
    // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17.
    return {
      pid,
      ppid: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
      childTicks: Number(fields[13]) + Number(fields[14]),
      comm,
    };
  } catch {
    return null;
  }
}

function allStats(): TStat[] {
  const stats: TStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) stats.push(stat);
  }
  return stats;
}

/** The pids of `root` and all its descendants. */
export function descendants(root: number, stats: TStat[] = allStats()): number[] {
  const children = new Map<number, number[]>();
  for (const s of stats) {
    const list = children.get(s.ppid) ?? [];
    list.push(s.pid);
    children.set(s.ppid, list);
  }
  const out: number[] = [];
  const queue = [root];
  const known = new Set(stats.map((s) => s.pid));
  while (queue.length) {
    const pid = queue.shift() as number;
    if (!known.has(pid)) continue;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function statusKb(pid: number): { rss: number; hwm: number } {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(text);
    const hwm = /VmHWM:\s+(\d+)/.exec(text);
    return { rss: rss ? Number(rss[1]) : 0, hwm: hwm ? Number(hwm[1]) : 0 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

function pssKb(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return '';
  }
}

/* ------------------------------------------------------------------------------------------------
 * Memory sampler
 * ---------------------------------------------------------------------------------------------- */

export type TMemoryPeak = {
  /** Largest sum of VmRSS over the group's processes seen in one sample, kB. */
  rssSumKb: number;
  /** Largest sum of Pss (shared pages divided among sharers) over the group, kB. */
  pssSumKb: number;
  /** Largest single process: its VmRSS peak and its VmHWM (kernel high-water mark), kB. */
  largestRssKb: number;
  largestHwmKb: number;
  largestCommand: string;
  processes: number;
  samples: number;
};

type TGroup = { name: string; root: () => number | undefined; pss: boolean };

export class MemorySampler {
  private readonly groups: TGroup[] = [];
  private timer: NodeJS.Timeout | undefined;
  private phase = 'idle';
  readonly peaks = new Map<string, Map<string, TMemoryPeak>>();

  track(name: string, root: () => number | undefined, options: { pss?: boolean } = {}): void {
    this.groups.push({ name, root, pss: options.pss ?? true });
  }

  setPhase(phase: string): void {
    this.phase = phase;
  }

  start(intervalMs = 200): void {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sample(): void {
    const stats = allStats();
    let byGroup = this.peaks.get(this.phase);
    if (!byGroup) this.peaks.set(this.phase, (byGroup = new Map()));
    for (const group of this.groups) {
      const root = group.root();
      if (!root) continue;
      const pids = descendants(root, stats);
      if (pids.length === 0) continue;
      let rssSum = 0;
      let pssSum = 0;
      let largest = { rss: 0, hwm: 0, pid: 0 };
      for (const pid of pids) {
        const { rss, hwm } = statusKb(pid);
        rssSum += rss;
        if (group.pss) pssSum += pssKb(pid);
        if (rss > largest.rss) largest = { rss, hwm, pid };
      }
      const peak = byGroup.get(group.name) ?? {
        rssSumKb: 0,
        pssSumKb: 0,
        largestRssKb: 0,
        largestHwmKb: 0,
        largestCommand: '',
        processes: 0,
        samples: 0,
      };
      peak.samples += 1;
      peak.processes = Math.max(peak.processes, pids.length);
      peak.rssSumKb = Math.max(peak.rssSumKb, rssSum);
      peak.pssSumKb = Math.max(peak.pssSumKb, pssSum);
      if (largest.rss > peak.largestRssKb) {
        peak.largestRssKb = largest.rss;
        peak.largestCommand = commandLine(largest.pid).slice(0, 120);
      }
      peak.largestHwmKb = Math.max(peak.largestHwmKb, largest.hwm);
      byGroup.set(group.name, peak);
    }
  }

  /** The peak of `group` over the phases whose name starts with `prefix`. */
  peakOver(group: string, prefix: string): TMemoryPeak | null {
    let out: TMemoryPeak | null = null;
    for (const [phase, byGroup] of this.peaks) {
      if (!phase.startsWith(prefix)) continue;
      const peak = byGroup.get(group);
      if (!peak) continue;
      if (!out) out = { ...peak };
      else {
        out.rssSumKb = Math.max(out.rssSumKb, peak.rssSumKb);
        out.pssSumKb = Math.max(out.pssSumKb, peak.pssSumKb);
        if (peak.largestRssKb > out.largestRssKb) {
          out.largestRssKb = peak.largestRssKb;
          out.largestCommand = peak.largestCommand;
        }
        out.largestHwmKb = Math.max(out.largestHwmKb, peak.largestHwmKb);
        out.processes = Math.max(out.processes, peak.processes);
        out.samples += peak.samples;
      }
    }
    return out;
  }
}

/* ------------------------------------------------------------------------------------------------
 * CPU: how much of the machine went to processes the benchmark did not start
 * ---------------------------------------------------------------------------------------------- */

export type TCpuSnapshot = { busy: number; total: number; mine: number };

export function cpuSnapshot(): TCpuSnapshot {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line;
  const busy = user + nice + system + irq + softirq + (steal ?? 0);
  const total = busy + idle + iowait;
  const stats = allStats();
  // Everything the benchmark started descends from this process; finished children (wrk
  // runs) are counted in their parent's cutime/cstime.
  let mine = 0;
  for (const pid of descendants(process.pid, stats)) {
    const s = stats.find((x) => x.pid === pid);
    if (s) mine += s.ticks + s.childTicks;
  }
  return { busy, total, mine };
}

/** Share of all CPU time between two snapshots used by processes outside the benchmark (0..1). */
export function foreignCpuShare(before: TCpuSnapshot, after: TCpuSnapshot): number {
  const total = after.total - before.total;
  if (total <= 0) return 0;
  const foreign = after.busy - before.busy - (after.mine - before.mine);
  return Math.max(0, foreign / total);
}

export function loadAverage(): number {
  return existsSync('/proc/loadavg') ? Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]) : 0;
}

/** Waits (at most `maxMs`) for the 1-minute load average to drop under `threshold`. */
export async function waitForQuietMachine(threshold: number, maxMs: number, log: (m: string) => void): Promise<number> {
  const deadline = Date.now() + maxMs;
  let load = loadAverage();
  if (load < threshold) return load;
  log(
    `Machine busy (load average ${load.toFixed(2)} on ${threshold} threshold): waiting up to ${Math.round(maxMs / 60_000)} min for it to calm down…`,
  );
  while (Date.now() < deadline) {
    await sleep(5_000);
    load = loadAverage();
    if (load < threshold) return load;
  }
  log(`Still busy (load average ${load.toFixed(2)}): measuring anyway; RESULTS.md records it.`);
  return load;
}
