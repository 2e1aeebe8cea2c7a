import { describe, expect, it } from 'vitest';
import { createReadRouter, formatLsn, parseLsn, REPLICA_CHECK_MS, REPLICA_RETRY_MS, replicaUrls, type TWrites } from './read-replicas';

describe('read replicas', () => {
  it('reads and prints LSNs as PostgreSQL does, in order', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(parseLsn('1/0')! > parseLsn('0/FFFFFFFF')!).toBe(true);
    expect(formatLsn(parseLsn('16/B374D848')!)).toBe('16/B374D848');
    for (const bad of [null, undefined, '', 'abc', '1/2/3', '0/GG']) expect(parseLsn(bad)).toBeNull();
  });

  it('takes the replica list from DATABASE_REPLICA_URLS, comma-separated', () => {
    expect(replicaUrls({})).toEqual([]);
    expect(replicaUrls({ DATABASE_REPLICA_URLS: ' postgres://a/x , postgres://b/x,' })).toEqual(['postgres://a/x', 'postgres://b/x']);
  });

  function setup(replayed: Array<bigint | null | Error>) {
    let clock = 1_000_000;
    const asked: number[] = [];
    const writes: TWrites = { required: 0n, primaryUntil: 0 };
    const router = createReadRouter<string>({
      writes,
      primary: () => 'primary',
      replicas: replayed.map((_, i) => () => `replica ${i}`),
      replayedLsn: async (i) => {
        asked.push(i);
        const value = replayed[i];
        if (value instanceof Error) throw value;
        return value ?? null;
      },
      now: () => clock,
    });
    return { router, asked, replayed, writes, tick: (ms: number) => (clock += ms) };
  }

  it('reads from a replica only once it has replayed every write noted, else from the primary', async () => {
    const { router, replayed, asked, writes } = setup([100n]);
    expect(await router.pick()).toBe('replica 0');
    router.noteWrite(150n);
    expect(await router.pick()).toBe('primary');
    replayed[0] = 150n;
    expect(await router.pick()).toBe('replica 0');
    // Caught up and checked less than a second ago: no question asked.
    const before = asked.length;
    expect(await router.pick()).toBe('replica 0');
    expect(asked.length).toBe(before);
    // An older write changes nothing.
    router.noteWrite('0/10');
    expect(writes.required).toBe(150n);
  });

  it('spreads reads over the fresh replicas and skips a lagging one', async () => {
    const { router, replayed } = setup([200n, 200n]);
    expect([await router.pick(), await router.pick(), await router.pick()]).toEqual(['replica 0', 'replica 1', 'replica 0']);
    router.noteWrite(300n);
    replayed[1] = 300n;
    expect([await router.pick(), await router.pick()]).toEqual(['replica 1', 'replica 1']);
  });

  it('leaves aside a replica that fails or is not one, then asks it again', async () => {
    const { router, replayed, tick } = setup([new Error('connexion refusée')]);
    expect(await router.pick()).toBe('primary');
    replayed[0] = 10n;
    tick(REPLICA_RETRY_MS - 1);
    expect(await router.pick()).toBe('primary');
    tick(2);
    expect(await router.pick()).toBe('replica 0');
    // A replica that stops answering is noticed within a second, even without new writes.
    replayed[0] = new Error('arrêtée');
    expect(await router.pick()).toBe('replica 0');
    tick(REPLICA_CHECK_MS);
    expect(await router.pick()).toBe('primary');
    // A write whose position is unknown: the primary serves for a while, then the replica again.
    tick(REPLICA_RETRY_MS + 1);
    replayed[0] = 20n;
    expect(await router.pick()).toBe('replica 0');
    router.holdOnPrimary(REPLICA_RETRY_MS);
    expect(await router.pick()).toBe('primary');
    tick(REPLICA_RETRY_MS + 1);
    expect(await router.pick()).toBe('replica 0');
    // A server that is not in recovery answers null: never used as a replica.
    const notReplica = setup([null]);
    expect(await notReplica.router.pick()).toBe('primary');
  });
});
