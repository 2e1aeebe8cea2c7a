/** « 264 / 200 — 64 caractères de trop »: a field's length beside its limit, never a silent cut. */
import './char-counter.css';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

export function CharCounter({ id, length, max }: { id: string; length: number; max: number }) {
  const over = length - max;
  return (
    <p id={id} className={over > 0 ? 'char-counter is-over' : 'char-counter'}>
      <span aria-hidden="true">
        {length.toLocaleString('fr-FR')} / {max.toLocaleString('fr-FR')}
        {over > 0 ? ` — ${plural(over, 'caractère', 'caractères')} de trop` : null}
      </span>
      <span className="visually-hidden">
        {plural(length, 'caractère', 'caractères')} sur {max.toLocaleString('fr-FR')} au maximum
        {over > 0 ? `, ${plural(over, 'caractère', 'caractères')} de trop` : ''}
      </span>
    </p>
  );
}
