import { describe, expect, it } from 'vitest';
import { parsePage, parseSlug } from './public-params';

describe('parsePage', () => {
  it('reads absent as page 1 and accepts plain integers within the bound', () => {
    expect(parsePage(undefined, 10)).toBe(1);
    expect(parsePage('3', 10)).toBe(3);
  });

  it.each(['0', '-1', '1.5', 'abc', '', '01', '11', '1e3', ' 2', '99999999999'])('refuses %j', (value) => {
    expect(parsePage(value, 10)).toBeNull();
  });

  it('refuses repeated parameters', () => {
    expect(parsePage(['1', '2'], 10)).toBeNull();
  });
});

describe('parseSlug', () => {
  it('accepts slugs and refuses traversal, encoded bytes and upper case', () => {
    expect(parseSlug('l-ete-a-dakar')).toBe('l-ete-a-dakar');
    for (const bad of ['..', '%2e%2e', 'a/b', 'A', 'a\u0000', 'x'.repeat(81)]) expect(parseSlug(bad)).toBeNull();
  });
});
