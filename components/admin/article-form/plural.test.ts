import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('counts in French, plural from 2 on', () => {
    expect(plural(0, 'mot', 'mots')).toBe('0 mot');
    expect(plural(1, 'mot', 'mots')).toBe('1 mot');
    expect(plural(2, 'mot', 'mots')).toBe('2 mots');
    expect(plural(1234, 'mot', 'mots')).toBe('1\u202f234 mots');
  });
});
