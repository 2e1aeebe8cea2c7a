import { describe, expect, it } from 'vitest';
import { ClientRate, ClientSlots } from './client-limits';
import { SecondRequestAdmission } from './search-admission';

describe('ClientRate', () => {
  it('allows a burst, then one request per interval, per client', () => {
    const rate = new ClientRate(3, 0.5);
    const t = 1_000_000;
    expect([rate.take('a', t), rate.take('a', t), rate.take('a', t)]).toEqual([0, 0, 0]);
    expect(rate.take('a', t)).toBe(2);
    // Another client is not held back by the first.
    expect(rate.take('b', t)).toBe(0);
    expect(rate.take('a', t + 2_000)).toBe(0);
    expect(rate.take('a', t + 2_000)).toBeGreaterThan(0);
  });

  it('forgets its oldest clients past its size', () => {
    const rate = new ClientRate(1, 0.001, 2);
    rate.take('a', 0);
    rate.take('b', 0);
    rate.take('c', 0);
    // 'a' was forgotten: a full bucket again.
    expect(rate.take('a', 0)).toBe(0);
  });
});

describe('ClientSlots', () => {
  it('lets a client hold at most its share; the rest wait, then are refused', async () => {
    const slots = new ClientSlots(2, 1);
    const first = await slots.acquire('a');
    const second = await slots.acquire('a');
    let thirdGot = false;
    const third = slots.acquire('a').then((release) => {
      thirdGot = true;
      return release;
    });
    expect(await slots.acquire('a')).toBeNull();
    // Another client has its own share.
    expect(await slots.acquire('b')).not.toBeNull();
    await Promise.resolve();
    expect(thirdGot).toBe(false);
    first?.();
    const release = await third;
    expect(thirdGot).toBe(true);
    expect(slots.held('a')).toBe(2);
    second?.();
    release?.();
    expect(slots.held('a')).toBe(0);
  });
});

describe('SecondRequestAdmission', () => {
  it('admits a search the second time it is asked for, never the first', () => {
    const admission = new SecondRequestAdmission(3);
    expect(admission.admit('/recherche?q=eau')).toBe(false);
    expect(admission.admit('/recherche?q=eau')).toBe(true);
    expect(admission.admit('/recherche?q=feu')).toBe(false);
  });

  it('stays bounded under a flood of distinct searches', () => {
    const admission = new SecondRequestAdmission(100);
    for (let i = 0; i < 10_000; i += 1) expect(admission.admit(`/recherche?q=${i}`)).toBe(false);
    expect((admission as unknown as { seen: Set<string> }).seen.size).toBeLessThanOrEqual(100);
  });
});
