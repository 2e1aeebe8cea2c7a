import { describe, expect, it } from 'vitest';
import { Semaphore } from './semaphore';

describe('Semaphore', () => {
  it('lets at most `limit` holders run at once, the others in arrival order', async () => {
    const slots = new Semaphore(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 7 }, async (_, i) => {
        const release = await slots.acquire();
        running += 1;
        most = Math.max(most, running);
        order.push(i);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        release();
      }),
    );
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(slots.pending).toBe(0);
  });

  it('ignores a second release of the same slot', async () => {
    const slots = new Semaphore(1);
    const first = await slots.acquire();
    first();
    first();
    const second = await slots.acquire();
    let thirdGot = false;
    const third = slots.acquire().then((release) => {
      thirdGot = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(thirdGot).toBe(false);
    second();
    (await third)();
    expect(thirdGot).toBe(true);
  });
});
