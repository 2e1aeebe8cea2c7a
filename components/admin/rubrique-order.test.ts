import { describe, expect, it } from 'vitest';
import { frenchOrdinal, moveRow, orderChanged } from './rubrique-order';

const rows = [
  { id: 'p', name: 'Politique' },
  { id: 'e', name: 'Économie' },
  { id: 'c', name: 'Culture' },
  { id: 's', name: 'Sport' },
];

describe('the menu order on the rubriques screen', () => {
  it('writes French ordinals', () => {
    expect(frenchOrdinal(1)).toBe('1ʳᵉ');
    expect(frenchOrdinal(2)).toBe('2ᵉ');
    expect(frenchOrdinal(11)).toBe('11ᵉ');
  });

  it('moves a row one place and says where it went', () => {
    const up = moveRow(rows, 2, 'up');
    expect(up?.next.map((r) => r.id)).toEqual(['p', 'c', 'e', 's']);
    expect(up?.announcement).toBe('Culture est maintenant en 2ᵉ position sur 4.');
    const down = moveRow(rows, 1, 'down');
    expect(down?.next.map((r) => r.id)).toEqual(['p', 'c', 'e', 's']);
    expect(down?.announcement).toBe('Économie est maintenant en 3ᵉ position sur 4.');
    expect(moveRow(rows, 1, 'up')?.announcement).toBe('Économie est maintenant en 1ʳᵉ position sur 4.');
    // The list it was given is left as it was.
    expect(rows.map((r) => r.id)).toEqual(['p', 'e', 'c', 's']);
  });

  it('does not move past either end', () => {
    expect(moveRow(rows, 0, 'up')).toBeNull();
    expect(moveRow(rows, 3, 'down')).toBeNull();
    expect(moveRow(rows, 9, 'down')).toBeNull();
  });

  it('tells an order on screen from the saved one', () => {
    expect(orderChanged(rows, rows)).toBe(false);
    expect(orderChanged(moveRow(rows, 1, 'down')?.next ?? [], rows)).toBe(true);
    expect(orderChanged(rows.slice(1), rows)).toBe(true);
  });
});
