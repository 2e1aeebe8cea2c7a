/**
 * The menu's order as the rubriques screen edits it before saving: move a row up or down, say where
 * it went (for screen readers), and tell whether anything differs from what is saved. Pure.
 */
export type TOrderRow = { id: string; name: string };
export type TDirection = 'up' | 'down';

/** « 1ʳᵉ », « 2ᵉ », « 3ᵉ »… (French ordinals, with the Unicode superscripts). */
export function frenchOrdinal(position: number): string {
  return position === 1 ? '1ʳᵉ' : `${position}ᵉ`;
}

/** The list after moving the row at `index` one place; null when it is already at that end. */
export function moveRow<T extends TOrderRow>(
  rows: readonly T[],
  index: number,
  direction: TDirection,
): { next: T[]; announcement: string } | null {
  const row = rows[index];
  const to = direction === 'up' ? index - 1 : index + 1;
  if (!row || to < 0 || to >= rows.length) return null;
  const next = [...rows];
  next.splice(index, 1);
  next.splice(to, 0, row);
  return { next, announcement: `${row.name} est maintenant en ${frenchOrdinal(to + 1)} position sur ${rows.length}.` };
}

/** Whether the order on screen differs from the saved one (same ids, compared in order). */
export function orderChanged(rows: readonly TOrderRow[], saved: readonly TOrderRow[]): boolean {
  return rows.length !== saved.length || rows.some((row, index) => row.id !== saved[index]?.id);
}
