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
 * The state lives on globalThis: the Node layer (lib/server) and Next's bundles each load their own
 * copy of this module, and both must see the same positions.
 */

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
export async function readWritePosition(primary: { query(sql: string): Promise<{ rows: Array<{ lsn?: string }> }> }): Promise<bigint | null> {
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

export type TReadRouter<TClient> = {
  /** A write the readers must see has committed at this LSN (kept if newer than the last one). */
  noteWrite(lsn: bigint | string | null | undefined): void;
  /** The newest LSN noted so far (0 when none). */
  required(): bigint;
  /** A write committed but its position is unknown: every read goes to the primary for `ms`. */
  holdOnPrimary(ms: number): void;
  /** A replica that has replayed every noted write, else the primary. */
  pick(): Promise<TClient>;
};

/**
 * Chooses where a reader's page reads. `replayedLsn(i)` asks replica i how far it has replayed
 * (`pg_last_wal_replay_lsn()`) when a write newer than what that replica was last seen at has been
 * noted, and at most once a second otherwise (so a replica that stopped is noticed within a second).
 */
export function createReadRouter<TClient>(options: {
  primary: () => TClient;
  replicas: Array<() => TClient>;
  replayedLsn: (index: number) => Promise<bigint | null>;
  now?: () => number;
  log?: (message: string) => void;
}): TReadRouter<TClient> {
  const now = options.now ?? Date.now;
  const states: TReplicaState[] = options.replicas.map(() => ({ replayed: -1n, checkedAt: 0, downUntil: 0 }));
  let required = 0n;
  let primaryUntil = 0;
  let next = 0;

  async function fresh(index: number): Promise<boolean> {
    const state = states[index] as TReplicaState;
    if (state.downUntil > now()) return false;
    if (state.replayed >= required && now() - state.checkedAt < REPLICA_CHECK_MS) return true;
    try {
      const replayed = await options.replayedLsn(index);
      state.checkedAt = now();
      // Not in recovery (a primary given as a replica) or nothing replayed yet: not usable.
      if (replayed === null) {
        state.downUntil = now() + REPLICA_RETRY_MS;
        return false;
      }
      if (replayed > state.replayed) state.replayed = replayed;
      return state.replayed >= required;
    } catch (error) {
      state.downUntil = now() + REPLICA_RETRY_MS;
      options.log?.(`Réplique ${index + 1} injoignable, lectures sur la base principale : ${(error as Error).message}`);
      return false;
    }
  }

  return {
    noteWrite(lsn) {
      const value = typeof lsn === 'bigint' ? lsn : parseLsn(lsn ?? null);
      if (value !== null && value > required) required = value;
    },
    required: () => required,
    holdOnPrimary(ms) {
      primaryUntil = Math.max(primaryUntil, now() + ms);
    },
    async pick() {
      if (primaryUntil > now()) return options.primary();
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

type TGlobal = { __dakarinfoReadRouter?: TReadRouter<unknown> };

/**
 * The process's router, created once by lib/db.ts (Next's side), with what was noted before it
 * existed (the newest write position, a hold on the primary).
 */
export function installReadRouter<TClient>(create: () => TReadRouter<TClient>): TReadRouter<TClient> {
  const state = globalThis as TGlobal & { __dakarinfoPendingLsn?: bigint; __dakarinfoPendingHoldUntil?: number };
  if (!state.__dakarinfoReadRouter) {
    const router = create();
    router.noteWrite(state.__dakarinfoPendingLsn ?? null);
    const hold = (state.__dakarinfoPendingHoldUntil ?? 0) - Date.now();
    if (hold > 0) router.holdOnPrimary(hold);
    delete state.__dakarinfoPendingLsn;
    delete state.__dakarinfoPendingHoldUntil;
    state.__dakarinfoReadRouter = router as TReadRouter<unknown>;
  }
  return state.__dakarinfoReadRouter as TReadRouter<TClient>;
}

/**
 * Notes a write's LSN for this process's readers' pages (the invalidation bus calls this before
 * it purges anything). Kept until the router exists, which the first render creates.
 */
export function noteWriteLsn(lsn: bigint | string | null | undefined): void {
  const state = globalThis as TGlobal & { __dakarinfoPendingLsn?: bigint };
  const value = typeof lsn === 'bigint' ? lsn : parseLsn(lsn ?? null);
  if (value === null) return;
  if (state.__dakarinfoReadRouter) state.__dakarinfoReadRouter.noteWrite(value);
  else if (!state.__dakarinfoPendingLsn || value > state.__dakarinfoPendingLsn) state.__dakarinfoPendingLsn = value;
}

/**
 * A write committed but its WAL position could not be read (the primary answered the write, then not
 * the position): readers' pages read from the primary for a while, long enough for any replica to
 * have replayed it. Nothing to do when the router does not exist yet (no read has used a replica).
 */
export function holdReadsOnPrimary(ms: number): void {
  const state = globalThis as TGlobal & { __dakarinfoPendingHoldUntil?: number };
  if (state.__dakarinfoReadRouter) state.__dakarinfoReadRouter.holdOnPrimary(ms);
  else state.__dakarinfoPendingHoldUntil = Math.max(state.__dakarinfoPendingHoldUntil ?? 0, Date.now() + ms);
}

/** What noteWriteLsn kept before the router existed. */
export function takePendingLsn(): bigint | null {
  const state = globalThis as { __dakarinfoPendingLsn?: bigint };
  const value = state.__dakarinfoPendingLsn ?? null;
  delete state.__dakarinfoPendingLsn;
  return value;
}
