'use client';

/**
 * « Publier la mise à jour » (or « la correction », « la précision »): an editor adds an entry (mise à jour, correction, précision) to a
 * published story's public log. The note is kept in state, so a refusal never empties it, and a note
 * over the limit is refused with its counter, never cut. Entries already public can be reworded or
 * withdrawn (the journal keeps what they said).
 */
import { useRouter } from 'next/navigation';
import { type FormEvent, useActionState, useEffect, useId, useState } from 'react';
import { addUpdateEntryAction, editUpdateEntryAction, removeUpdateEntryAction } from '@/lib/actions/article-actions';
import { formatDateTime } from '@/lib/french/dates';
import { UPDATE_NOTE_MAX } from '@/lib/validation/article';
import { CharCounter } from './CharCounter';
import './article-form.css';

export type TUpdateKind = 'MISE_A_JOUR' | 'CORRECTION' | 'PRECISION';

export type TUpdateEntryItem = { id: string; kind: TUpdateKind; note: string; createdAt: string; authorName: string | null };

export type TUpdateEntryFormProps = {
  articleId: string;
  /** Newest first. */
  updates: TUpdateEntryItem[];
};

/** The button names the act chosen. */
const PUBLISH_LABELS: Record<TUpdateKind, string> = {
  MISE_A_JOUR: 'Publier la mise à jour',
  CORRECTION: 'Publier la correction',
  PRECISION: 'Publier la précision',
};

export const UPDATE_KIND_LABELS: Record<TUpdateKind, string> = {
  MISE_A_JOUR: 'Mise à jour',
  CORRECTION: 'Correction',
  PRECISION: 'Précision',
};

type TState = { ok: boolean; message?: string; fieldErrors?: Record<string, string>; error?: string };

const UNSAVED_FIX_MESSAGE =
  'Enregistrez d’abord vos modifications du texte (bouton «\u00a0Enregistrer\u00a0»)\u00a0: sinon la mention serait publiée au-dessus de l’ancienne version. Votre note est gardée ici.';

export function UpdateEntryForm({ articleId, updates }: TUpdateEntryFormProps) {
  const router = useRouter();
  const baseId = useId();

  const [state, formAction, isPending] = useActionState<TState, FormData>(addUpdateEntryAction, { ok: false });
  const [kind, setKind] = useState<TUpdateKind>('MISE_A_JOUR');
  const [note, setNote] = useState('');

  // A new result: on success the note has been published, so the field empties (adjusting state
  // during render when the action state changes, as React recommends, rather than in an effect).
  const [seenState, setSeenState] = useState(state);
  if (state !== seenState) {
    setSeenState(state);
    if (state.ok) {
      setNote('');
      setKind('MISE_A_JOUR');
    }
  }

  // The log below comes from the page: refresh it after a successful entry.
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);

  // The fix the note announces must be online first: with the story's text changed but not saved,
  // the note would go out above the old text. Nothing is sent; the note stays in its field.
  const [unsavedFix, setUnsavedFix] = useState(false);
  const refuseWhileUnsaved = (event: FormEvent<HTMLFormElement>) => {
    const unsaved = document.querySelector('form.article-form[data-unsaved]') !== null;
    setUnsavedFix(unsaved);
    if (unsaved) event.preventDefault();
  };

  const message = unsavedFix ? UNSAVED_FIX_MESSAGE : (state.message ?? state.error);
  const errors = state.ok || unsavedFix ? {} : (state.fieldErrors ?? {});
  const failed = unsavedFix || !state.ok;

  return (
    <section className="panel" aria-labelledby={`${baseId}-titre`}>
      <h2 id={`${baseId}-titre`}>Mise à jour publique</h2>
      <p className="field-hint">
        Pour une modification importante : les lecteurs verront la mention et la note. Une simple coquille corrigée n’en a pas besoin.
      </p>

      <form action={formAction} onSubmit={refuseWhileUnsaved} aria-busy={isPending} noValidate>
        <input type="hidden" name="id" value={articleId} />
        {message && !failed ? (
          <p className="notice notice-success" role="status">
            {message}
          </p>
        ) : null}
        {message && failed ? (
          <p className="notice notice-error" role="alert">
            {message}
          </p>
        ) : null}

        <EntryFields
          baseId={baseId}
          kind={kind}
          onKind={setKind}
          note={note}
          onNote={setNote}
          errors={errors}
          hint={'Affichée aux lecteurs sous «\u00a0Cette histoire a été mise à jour.\u00a0»'}
        />

        <button type="submit" className="button button-primary" disabled={isPending}>
          {isPending ? 'Publication…' : PUBLISH_LABELS[kind]}
        </button>
      </form>

      <h3 className="update-log-heading">Historique public</h3>
      {updates.length === 0 ? (
        <p className="field-hint">Aucune mise à jour signalée aux lecteurs pour l’instant.</p>
      ) : (
        <ul className="update-log">
          {updates.map((entry) => (
            <UpdateLogEntry key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One public entry: what readers see, with « Modifier » and « Retirer » for the editor. */
function UpdateLogEntry({ entry }: { entry: TUpdateEntryItem }) {
  const router = useRouter();
  const baseId = useId();
  const [editing, setEditing] = useState(false);
  const [kind, setKind] = useState<TUpdateKind>(entry.kind);
  const [note, setNote] = useState(entry.note);
  const [editState, editAction, editPending] = useActionState<TState, FormData>(editUpdateEntryAction, { ok: false });
  const [removeState, removeAction, removePending] = useActionState<TState, FormData>(removeUpdateEntryAction, { ok: false });

  const [seen, setSeen] = useState(editState);
  if (editState !== seen) {
    setSeen(editState);
    if (editState.ok) setEditing(false);
  }
  useEffect(() => {
    if (editState.ok || removeState.ok) router.refresh();
  }, [editState, removeState, router]);

  const confirmRemoval = (event: FormEvent<HTMLFormElement>) => {
    if (!window.confirm('Retirer cette mention\u202f? Les lecteurs ne la verront plus\u202f; le journal de la rédaction la garde.'))
      event.preventDefault();
  };

  // « Annuler » (or opening the form again) puts away what the last attempt said.
  const [dismissed, setDismissed] = useState<TState | null>(null);
  const editShown = editState !== dismissed;
  const errors = editState.ok || !editShown ? {} : (editState.fieldErrors ?? {});
  const failure =
    (editShown && !editState.ok && (editState.message ?? editState.error)) ||
    (!removeState.ok && (removeState.message ?? removeState.error)) ||
    null;
  const when = formatDateTime(new Date(entry.createdAt));
  const success = editState.ok && !editing ? editState.message : null;

  return (
    <li>
      <span className="update-log-kind">{UPDATE_KIND_LABELS[entry.kind]}</span>{' '}
      <span className="update-log-meta">
        · <time dateTime={entry.createdAt}>{when}</time>
        {entry.authorName ? ` · ${entry.authorName}` : ''}
      </span>
      {editing ? (
        <form action={editAction} className="update-log-edit" aria-busy={editPending} noValidate>
          <input type="hidden" name="entryId" value={entry.id} />
          {/* The wording this edit starts from: if another editor changed it meanwhile, nothing is overwritten. */}
          <input type="hidden" name="previousNote" value={entry.note} />
          <EntryFields baseId={baseId} kind={kind} onKind={setKind} note={note} onNote={setNote} errors={errors} />
          <div className="update-log-actions">
            <button type="submit" className="button button-primary" disabled={editPending}>
              {editPending ? 'Enregistrement…' : 'Enregistrer la note'}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setEditing(false);
                setKind(entry.kind);
                setNote(entry.note);
                setDismissed(editState);
              }}
            >
              Annuler
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="update-log-note">{entry.note}</p>
          <div className="update-log-actions">
            <button
              type="button"
              className="button button-small"
              onClick={() => setEditing(true)}
              aria-label={`Modifier la note du ${when}`}
            >
              Modifier la note
            </button>
            <form action={removeAction} onSubmit={confirmRemoval}>
              <input type="hidden" name="entryId" value={entry.id} />
              <button
                type="submit"
                className="button button-small button-danger"
                disabled={removePending}
                aria-label={`Retirer la mention du ${when}`}
              >
                {removePending ? 'Retrait…' : 'Retirer'}
              </button>
            </form>
          </div>
        </>
      )}
      {failure ? (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      ) : null}
      {success ? (
        <p className="notice notice-success" role="status">
          {success}
        </p>
      ) : null}
    </li>
  );
}

/** Type and note of an entry, with the note's counter and each field's error: the new entry's and a rewording's. */
function EntryFields({
  baseId,
  kind,
  onKind,
  note,
  onNote,
  errors,
  hint,
}: {
  baseId: string;
  kind: TUpdateKind;
  onKind: (kind: TUpdateKind) => void;
  note: string;
  onNote: (note: string) => void;
  errors: Record<string, string>;
  hint?: string;
}) {
  const ids = {
    kind: `${baseId}-type`,
    kindError: `${baseId}-type-erreur`,
    note: `${baseId}-note`,
    noteHint: `${baseId}-note-aide`,
    noteCounter: `${baseId}-note-compteur`,
    noteError: `${baseId}-note-erreur`,
  };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.kind}>Type</label>
        <select
          id={ids.kind}
          name="kind"
          value={kind}
          onChange={(event) => onKind(event.target.value as TUpdateKind)}
          aria-invalid={errors.kind ? true : undefined}
          aria-describedby={errors.kind ? ids.kindError : undefined}
        >
          {(Object.keys(UPDATE_KIND_LABELS) as TUpdateKind[]).map((value) => (
            <option key={value} value={value}>
              {UPDATE_KIND_LABELS[value]}
            </option>
          ))}
        </select>
        {errors.kind ? (
          <p id={ids.kindError} className="field-error">
            {errors.kind}
          </p>
        ) : null}
      </div>

      <div className="field">
        <label htmlFor={ids.note}>Note publique</label>
        <textarea
          id={ids.note}
          name="note"
          rows={3}
          value={note}
          onChange={(event) => onNote(event.target.value)}
          required
          lang="fr"
          aria-invalid={errors.note || note.length > UPDATE_NOTE_MAX ? true : undefined}
          aria-describedby={[hint ? ids.noteHint : null, ids.noteCounter, errors.note ? ids.noteError : null].filter(Boolean).join(' ')}
        />
        <CharCounter id={ids.noteCounter} length={note.length} max={UPDATE_NOTE_MAX} />
        {hint ? (
          <p id={ids.noteHint} className="field-hint">
            {hint}
          </p>
        ) : null}
        {errors.note ? (
          <p id={ids.noteError} className="field-error">
            {errors.note}
          </p>
        ) : null}
      </div>
    </>
  );
}
