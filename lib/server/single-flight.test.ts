import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight';

function deferred() {
  let resolve!: (value: string) => void;
  const promise = new Promise<string>((r) => (resolve = r));
  return { promise, resolve };
}

describe('SingleFlight', () => {
  it('lets requests join a render of the same page in the same cache generation', async () => {
    const flights = new SingleFlight<string>();
    const render = deferred();
    flights.start('/', 3, render.promise);
    expect(flights.current('/', 3)).toBe(render.promise);
    expect(flights.current('/politique', 3)).toBeUndefined();
    render.resolve('page');
    await render.promise;
    await Promise.resolve();
    expect(flights.size).toBe(0);
  });

  it('never hands a render started before a purge to a request that came after it', async () => {
    const flights = new SingleFlight<string>();
    const before = deferred();
    flights.start('/', 3, before.promise);
    // The cache was purged (generation 4): the old render may show what the purge removed.
    expect(flights.current('/', 4)).toBeUndefined();
    const after = deferred();
    flights.start('/', 4, after.promise);
    expect(flights.current('/', 4)).toBe(after.promise);
    // The old render ending does not unregister the new one.
    before.resolve('ancienne page');
    await before.promise;
    await Promise.resolve();
    expect(flights.current('/', 4)).toBe(after.promise);
    after.resolve('nouvelle page');
    await after.promise;
    await Promise.resolve();
    expect(flights.size).toBe(0);
  });
});
