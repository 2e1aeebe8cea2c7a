'use client';

/**
 * What readers will be told when a restore takes back public entries: a new entry (its type and
 * note), or one of those entries reworded. Nothing is restored until one is chosen and written.
 */
import { useActionState, useId, useState } from 'react';
import { FieldError } from '@/components/admin/FieldError';
import { restoreRevisionAction } from '@/lib/actions/article-actions';
import type { TActionState } from '@/lib/actions/action-result';

type TEntry = { id: string; kind: 'MISE_A_JOUR' | 'CORRECTION' | 'PRECISION'; note: string; label: string };

type TProps = { articleId: string; version: number; baseVersion: number; entries: TEntry[] };

const KINDS = [
  { value: 'CORRECTION', label: 'Correction' },
  { value: 'MISE_A_JOUR', label: 'Mise à jour' },
  { value: 'PRECISION', label: 'Précision' },
] as const;

export function RestoreNoticeForm({ articleId, version, baseVersion, entries }: TProps) {
  const [state, formAction, isPending] = useActionState<TActionState, FormData>(restoreRevisionAction, { ok: false });
  const [notice, setNotice] = useState<'new' | 'reword' | ''>('');
  const [entryId, setEntryId] = useState(entries.at(-1)?.id ?? '');
  const chosen = entries.find((entry) => entry.id === entryId);
  const [note, setNote] = useState('');
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const needsNotice = entries.length > 0;

  return (
    <form action={formAction} className="panel restore-form-panel" aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>{needsNotice ? 'Ce que les lecteurs en sauront' : 'Restaurer'}</h2>
      <input type="hidden" name="id" value={articleId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      {state.message && !state.ok ? (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {needsNotice ? (
        <fieldset className="field">
          <legend>Choisissez</legend>
          <label className="choice">
            <input type="radio" name="notice" value="new" checked={notice === 'new'} onChange={() => setNotice('new')} /> Publier une
            nouvelle mention avec le texte restauré
          </label>
          <label className="choice">
            <input
              type="radio"
              name="notice"
              value="reword"
              checked={notice === 'reword'}
              onChange={() => {
                setNotice('reword');
                setNote(chosen?.note ?? '');
              }}
            />{' '}
            Corriger la note d’une mention déjà publiée
          </label>
        </fieldset>
      ) : null}
      {notice === 'reword' ? (
        <div className="field">
          <label htmlFor={`${id}-entry`}>Mention à corriger</label>
          <select
            id={`${id}-entry`}
            name="entryId"
            value={entryId}
            onChange={(event) => {
              setEntryId(event.target.value);
              setNote(entries.find((entry) => entry.id === event.target.value)?.note ?? '');
            }}
          >
            {entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-entry-error`} message={errors.entryId} />
        </div>
      ) : null}
      {notice === 'new' || notice === 'reword' ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-kind`}>Type</label>
            <select
              id={`${id}-kind`}
              name="kind"
              defaultValue={notice === 'reword' ? chosen?.kind : 'CORRECTION'}
              key={`${notice}-${entryId}`}
            >
              {KINDS.map((kind) => (
                <option key={kind.value} value={kind.value}>
                  {kind.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>Note publique</label>
            <textarea
              id={`${id}-note`}
              name="note"
              rows={3}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              aria-invalid={errors.note ? true : undefined}
              aria-describedby={errors.note ? `${id}-note-error` : undefined}
              lang="fr"
              spellCheck
            />
            <FieldError id={`${id}-note-error`} message={errors.note} />
          </div>
        </>
      ) : null}
      <button type="submit" className="button" disabled={isPending}>
        {isPending
          ? 'Restauration…'
          : needsNotice
            ? `Restaurer la version ${version} et informer les lecteurs`
            : `Restaurer la version ${version}`}
      </button>
    </form>
  );
}
