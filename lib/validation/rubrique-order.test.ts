import { describe, expect, it } from 'vitest';
import { isPermutationOf, ZRubriqueOrder } from './rubrique-order';

describe('a submitted menu order', () => {
  it('is accepted when it holds every current rubrique once, in any order', () => {
    expect(isPermutationOf(['b', 'a', 'c'], ['a', 'b', 'c'])).toBe(true);
    expect(isPermutationOf(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(true);
  });

  it('is refused when one is missing, repeated, unknown or added', () => {
    expect(isPermutationOf(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(isPermutationOf(['a', 'a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(isPermutationOf(['a', 'b', 'x'], ['a', 'b', 'c'])).toBe(false);
    expect(isPermutationOf(['a', 'b', 'c', 'd'], ['a', 'b', 'c'])).toBe(false);
  });

  it('is a list of ids, not anything else', () => {
    expect(ZRubriqueOrder.safeParse(['a', 'b']).success).toBe(true);
    expect(ZRubriqueOrder.safeParse([]).success).toBe(false);
    expect(ZRubriqueOrder.safeParse(['a', 3]).success).toBe(false);
    expect(ZRubriqueOrder.safeParse('a,b').success).toBe(false);
  });
});
