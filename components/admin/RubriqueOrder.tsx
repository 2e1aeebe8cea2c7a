'use client';

/**
 * The readers' menu order, edited in place: « Monter » and « Descendre » move a row at once, the focus
 * stays on the moved row's button, each move is announced, and « Enregistrer l’ordre » sends the whole
 * order once (the server checks it is every rubrique, once). Nothing reloads.
 */
import { useEffect, useId, useState, useTransition } from 'react';
import { reorderRubriquesAction } from '@/lib/actions/rubrique-actions';
import { moveRow, orderChanged, type TDirection, type TOrderRow } from './rubrique-order';

export type TRubriqueOrderRow = TOrderRow & { inMenu: boolean };

type TFocusRequest = { id: string; direction: TDirection };

const buttonId = (baseId: string, direction: TDirection, id: string) => `${baseId}-${direction}-${id}`;

export function RubriqueOrder({ saved }: { saved: TRubriqueOrderRow[] }) {
  const baseId = useId();
  const [rows, setRows] = useState(saved);
  // The saved order changes after a save, or when this screen is refreshed after another change: the
  // rows follow it, unless the person has moves of their own not yet saved.
  const [base, setBase] = useState(saved);
  if (base !== saved) {
    setBase(saved);
    if (!orderChanged(rows, base) || !orderChanged(rows, saved)) setRows(saved);
  }
  const [announcement, setAnnouncement] = useState('');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [focusRequest, setFocusRequest] = useState<TFocusRequest | null>(null);
  const [saving, startSaving] = useTransition();
  const changed = orderChanged(rows, saved);

  // The focus follows the row it moved (React moved its node); at an end, to its other button.
  useEffect(() => {
    if (!focusRequest) return;
    const same = document.getElementById(buttonId(baseId, focusRequest.direction, focusRequest.id));
    const other = document.getElementById(buttonId(baseId, focusRequest.direction === 'up' ? 'down' : 'up', focusRequest.id));
    (same instanceof HTMLButtonElement && !same.disabled ? same : other)?.focus();
  }, [focusRequest, baseId]);

  // Moves not yet saved are not lost to a closed tab without a warning.
  useEffect(() => {
    if (!changed) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changed]);

  function move(index: number, direction: TDirection) {
    const moved = moveRow(rows, index, direction);
    const row = rows[index];
    if (!moved || !row || saving) return;
    setRows(moved.next);
    setAnnouncement(moved.announcement);
    setResult(null);
    setFocusRequest({ id: row.id, direction });
  }

  function save() {
    if (saving) return;
    if (!changed) {
      setResult({ ok: true, message: 'L’ordre n’a pas changé.' });
      return;
    }
    startSaving(async () => {
      const outcome = await reorderRubriquesAction(rows.map((row) => row.id));
      setResult({
        ok: outcome.ok,
        message: outcome.message ?? (outcome.ok ? 'Ordre du menu enregistré.' : 'L’ordre n’a pas été enregistré.'),
      });
    });
  }

  return (
    <div className="rubrique-order">
      <ol className="rubrique-order-list">
        {rows.map((row, index) => (
          <li key={row.id}>
            <span className="rubrique-order-name">
              <span className="rubrique-order-position" aria-hidden="true">
                {index + 1}.
              </span>{' '}
              {row.name}
              {row.inMenu ? null : <span className="rubrique-order-hidden"> masquée du menu</span>}
            </span>
            <span className="rubrique-order-actions">
              <button
                type="button"
                id={buttonId(baseId, 'up', row.id)}
                className="button button-quiet rubrique-order-button"
                aria-label={`Monter ${row.name}`}
                disabled={index === 0}
                onClick={() => move(index, 'up')}
              >
                Monter
              </button>
              <button
                type="button"
                id={buttonId(baseId, 'down', row.id)}
                className="button button-quiet rubrique-order-button"
                aria-label={`Descendre ${row.name}`}
                disabled={index === rows.length - 1}
                onClick={() => move(index, 'down')}
              >
                Descendre
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div className="rubrique-order-save">
        <button type="button" className="button button-primary" onClick={save}>
          {saving ? 'Enregistrement…' : 'Enregistrer l’ordre'}
        </button>
        {changed ? (
          <>
            <button
              type="button"
              className="button button-quiet"
              disabled={saving}
              onClick={() => {
                setRows(saved);
                setAnnouncement('Ordre enregistré rétabli.');
                setResult(null);
              }}
            >
              Annuler les déplacements
            </button>
            <span className="field-hint">L’ordre n’est pas encore enregistré.</span>
          </>
        ) : null}
      </div>
      {result ? (
        <p className={`notice ${result.ok ? 'notice-success' : 'notice-error'}`} role={result.ok ? 'status' : 'alert'}>
          {result.message}
        </p>
      ) : null}
    </div>
  );
}
