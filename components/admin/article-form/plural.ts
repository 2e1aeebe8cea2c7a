/** « 1 mot », « 1 234 mots »: a French count with its noun (plural from 2 on). */
export const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;
