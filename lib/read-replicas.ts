/**
 * Read replicas for readers' pages, never at the cost of freshness.
 *
 * With DATABASE_REPLICA_URLS (one or more PostgreSQL streaming replicas, comma-separated), the data
 * of public pages is read from a replica and the primary keeps the writes and the newsroom. A replica
 * lags its primary by a few milliseconds, sometimes more: a page rendered from it right after a
 * publish would put the old story back into every cache. So every committed public change carries
 * the primary's WAL position (its LSN), noted here before any cache is purged (by the invalidation
 * bus, from this instance or from another one through Redis). A replica serves a render only once
 * it has replayed up to the newest LSN noted; until then, the primary does. Reads from a replica are
 * therefore never older than the last purge, which is all a cache needs.
 *
 * The state is shared through lib/process-bridge.ts: the Node layer (lib/server) and Next's bundles
 * each load their own copy of this module, and both must see the same positions.
 */
import { processBridge } from './process-bridge';

/** An LSN as PostgreSQL prints it (`16/B374D848`) as a number that compares. Null if not one. */
export function parseLsn(text: string | null | undefined): bigint | null {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(String(text ?? '').trim());
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

/**
 * Where the primary's WAL stands now, read through a node-postgres client or pool:
 * `pg_current_wal_lsn()`, the WAL written so far. Commits are synchronous (PostgreSQL's default, which
 * Dakarinfo keeps): a commit is acknowledged only once its WAL is flushed, so this is at or past the
 * end of every commit already acknowledged. (The insert position would do too, but it may point past
 * a page header a replica never reports, and keep readers on the primary until the next WAL record.)
 */
export async function readWritePosition(primary: {
  query(sql: string): Promise<{ rows: Array<{ lsn?: string }> }>;
}): Promise<bigint | null> {
  return parseLsn((await primary.query('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0]?.lsn);
}

/** The replica URLs configured, in order (empty: every read goes to the primary). */
export function replicaUrls(env: Record<string, string | undefined> = process.env): string[] {
  return String(env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}

/** How long a replica that failed to answer is left aside. */
export const REPLICA_RETRY_MS = 5_000;
/** How long every read goes to the primary after a write whose WAL position could not be read. */
export const UNKNOWN_POSITION_HOLD_MS = 60_000;
/** A replica is asked again at least this often, new writes or not: one that stopped is noticed. */
export const REPLICA_CHECK_MS = 1_000;

type TReplicaState = { replayed: bigint; checkedAt: number; downUntil: number };

/** What readers' pages must see: the newest write position noted, and until when to read the primary regardless. */
export type TWrites = { required: bigint; primaryUntil: number };

export type TReadRouter<TClient> = {
  /** A write the readers must see has committed at this LSN (kept if newer than the last one). */
  noteWrite(lsn: bigint | string | null | undefined): void;
  /** A write committed but its position is unknown: every read goes to the primary for `ms`. */
  holdOnPrimary(ms: number): void;
  /** A replica that has replayed every noted write, else the primary. */
  pick(): Promise<TClient>;
};

function noteIn(writes: TWrites, lsn: bigint | string | null | undefined): void {
  const value = typeof lsn === 'bigint' ? lsn : parseLsn(lsn ?? null);
  if (value !== null && value > writes.required) writes.required = value;
}

/**
 * Chooses where a reader's page reads. `replayedLsn(i)` asks replica i how far it has replayed
 * (`pg_last_wal_replay_lsn()`) when a write newer than what that replica was last seen at has been
 * noted, and at most once a second otherwise (so a replica that stopped is noticed within a second).
 * `writes` is the state it reads (the process's own, processWrites(), in the app).
 */
export function createReadRouter<TClient>(options: {
  primary: () => TClient;
  replicas: Array<() => TClient>;
  replayedLsn: (index: number) => Promise<bigint | null>;
  writes?: TWrites;
  now?: () => number;
  log?: (message: string) => void;
}): TReadRouter<TClient> {
  const now = options.now ?? Date.now;
  const writes = options.writes ?? { required: 0n, primaryUntil: 0 };
  const states: TReplicaState[] = options.replicas.map(() => ({ replayed: -1n, checkedAt: 0, downUntil: 0 }));
  let next = 0;

  async function fresh(index: number): Promise<boolean> {
    const state = states[index] as TReplicaState;
    if (state.downUntil > now()) return false;
    if (state.replayed >= writes.required && now() - state.checkedAt < REPLICA_CHECK_MS) return true;
    try {
      const replayed = await options.replayedLsn(index);
      state.checkedAt = now();
      // Not in recovery (a primary given as a replica) or nothing replayed yet: not usable.
      if (replayed === null) {
        state.downUntil = now() + REPLICA_RETRY_MS;
        return false;
      }
      if (replayed > state.replayed) state.replayed = replayed;
      return state.replayed >= writes.required;
    } catch (error) {
      state.downUntil = now() + REPLICA_RETRY_MS;
      options.log?.(`Réplique ${index + 1} injoignable, lectures sur la base principale : ${(error as Error).message}`);
      return false;
    }
  }

  return {
    noteWrite: (lsn) => noteIn(writes, lsn),
    holdOnPrimary(ms) {
      writes.primaryUntil = Math.max(writes.primaryUntil, now() + ms);
    },
    async pick() {
      if (writes.primaryUntil > now()) return options.primary();
      // Round robin over the replicas; the first fresh one serves.
      for (let tried = 0; tried < states.length; tried += 1) {
        const index = (next + tried) % states.length;
        if (await fresh(index)) {
          next = (index + 1) % states.length;
          return (options.replicas[index] as () => TClient)();
        }
      }
      return options.primary();
    },
  };
}

/**
 * This process's write state: the invalidation bus (lib/server) writes it, and the read routers of
 * both copies of lib/ read it (lib/process-bridge.ts says why there are two).
 */
export function processWrites(): TWrites {
  return processBridge().writes;
}

/** Notes a write's LSN for this process's readers' pages (the invalidation bus calls this before it purges anything). */
export function noteWriteLsn(lsn: bigint | string | null | undefined): void {
  noteIn(processWrites(), lsn);
}

/**
 * A write committed but its WAL position could not be read: this process's readers' pages read from
 * the primary for `ms`, long enough for any replica to have replayed it.
 */
export function holdReadsOnPrimary(ms: number): void {
  const writes = processWrites();
  writes.primaryUntil = Math.max(writes.primaryUntil, Date.now() + ms);
}
