import { describe, expect, it } from 'vitest';
import { NavigationCache } from './navigation';

const rubrique = (slug: string) => ({ id: slug, slug, name: slug, description: '' });

describe('the navigation cache', () => {
  it('reads once until a purge moves the generation, or the shared cache’s epoch moves', async () => {
    let generation = 1;
    let reads = 0;
    const navigation = new NavigationCache(
      () => generation,
      async () => [rubrique(`r${(reads += 1)}`)],
    );
    expect(navigation.last).toEqual([]);
    expect(await navigation.get()).toEqual([rubrique('r1')]);
    expect(await navigation.get()).toEqual([rubrique('r1')]);
    generation = 2;
    expect(await navigation.get()).toEqual([rubrique('r2')]);
    expect(await navigation.get('epoch-b')).toEqual([rubrique('r3')]);
    expect(await navigation.get('epoch-b')).toEqual([rubrique('r3')]);
    expect(reads).toBe(3);
    expect(navigation.last).toEqual([rubrique('r3')]);
  });
});
