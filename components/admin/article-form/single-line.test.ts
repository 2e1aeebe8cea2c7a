import { describe, expect, it } from 'vitest';
import { singleLine } from './single-line';

describe('a title on one line', () => {
  it('turns pasted line breaks into one space each run', () => {
    expect(singleLine('Conseil municipal\r\n\r\n : le budget adopté')).toBe('Conseil municipal : le budget adopté');
    expect(singleLine('Un\ntitre\u2028coupé')).toBe('Un titre coupé');
  });

  it('leaves a title without line breaks as typed, spaces included', () => {
    expect(singleLine(' Le port  de Dakar ')).toBe(' Le port  de Dakar ');
  });
});
