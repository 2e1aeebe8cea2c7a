import { describe, expect, it } from 'vitest';
import { collectRenderKeys, noteKeys } from './keys';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('collectRenderKeys', () => {
  it('gives each render the keys its own data calls noted, while others overlap it', async () => {
    const long = collectRenderKeys(async () => {
      noteKeys('a:1');
      await tick(30);
      noteKeys('a:2');
      return 'long';
    });
    // Starts after the long one and ends before it: the collector must stay on for the long one.
    const short = collectRenderKeys(async () => {
      await tick(5);
      noteKeys('b:1');
      return 'short';
    });
    const [l, s] = await Promise.all([long, short]);
    expect([l.result, [...l.keys]]).toEqual(['long', ['a:1', 'a:2']]);
    expect([s.result, [...s.keys]]).toEqual(['short', ['b:1']]);
  });

  it('collects again after every render has ended (the collector is off in between)', async () => {
    await collectRenderKeys(async () => noteKeys('x'));
    noteKeys('outside'); // no render: noted nowhere
    const again = await collectRenderKeys(async () => {
      await tick(1);
      noteKeys('y');
    });
    expect([...again.keys]).toEqual(['y']);
  });

  it('ends the collection when the render fails', async () => {
    await expect(collectRenderKeys(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const next = await collectRenderKeys(async () => noteKeys('z'));
    expect([...next.keys]).toEqual(['z']);
  });
});
