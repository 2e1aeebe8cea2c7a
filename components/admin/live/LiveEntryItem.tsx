'use client';

/**
 * One entry of the « Fil du direct » list, with what the person may do to it: « Modifier » in place
 * (author or editor), « Essentiel » (author or editor), « Épingler » and « Retirer » (editors). Each
 * act is a server action that refreshes the page's list; a refused edit keeps its text in the field.
 */
import { useId, useState, useTransition } from 'react';
import { editLiveEntryAction, pinLiveEntryAction, setLiveKeyPointAction, withdrawLiveEntryAction } from '@/lib/actions/live-actions';
import { formatTime } from '@/lib/french/dates';
import { fallbackWidth, imageUrl } from '@/lib/media/urls';
import { FieldError } from '../FieldError';

export type TLiveEntryItem = {
  id: string;
  body: string;
  image: { id: string; width: number; height: number } | null;
  imageAlt: string;
  keyPoint: boolean;
  pinned: boolean;
  createdAt: string;
  editedAt: string | null;
  authorName: string | null;
  withdrawn: { at: string; byName: string | null; duplicate: boolean } | null;
};

type TResult = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };
type TAction = (state: TResult, form: FormData) => Promise<TResult>;

const time = (iso: string) => formatTime(new Date(iso));

export function LiveEntryItem({ entry, canEdit, canModerate }: { entry: TLiveEntryItem; canEdit: boolean; canModerate: boolean }) {
  const baseId = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.body);
  const [alt, setAlt] = useState(entry.imageAlt);
  const [withdrawing, setWithdrawing] = useState(false);
  const [duplicate, setDuplicate] = useState(false);
  const [result, setResult] = useState<TResult | null>(null);
  const [pending, startTransition] = useTransition();

  function act(action: TAction, fields: Record<string, string>, after?: () => void) {
    if (pending) return;
    const data = new FormData();
    data.set('entryId', entry.id);
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    startTransition(async () => {
      const next = await action({ ok: false }, data);
      setResult(next);
      if (next.ok) after?.();
    });
  }

  const withdrawn = entry.withdrawn;
  const headingId = `${baseId}-titre`;
  return (
    <li
      className={`live-entry${withdrawn ? ' live-entry-withdrawn' : ''}${entry.pinned ? ' live-entry-pinned' : ''}`}
      aria-labelledby={headingId}
    >
      <p className="live-entry-meta" id={headingId}>
        <time dateTime={entry.createdAt}>{time(entry.createdAt)}</time> · <strong>{entry.authorName ?? 'Compte supprimé'}</strong>
        {entry.editedAt ? <span> · modifiée à {time(entry.editedAt)}</span> : null}
        {entry.pinned ? <span className="live-tag live-tag-pinned">Épinglée</span> : null}
        {entry.keyPoint ? <span className="live-tag live-tag-key">L’essentiel</span> : null}
        {withdrawn ? (
          <span className="live-tag live-tag-withdrawn">
            {withdrawn.duplicate ? 'Retirée (doublon)' : 'Retirée'} à {time(withdrawn.at)}
            {withdrawn.byName ? ` par ${withdrawn.byName}` : ''}
          </span>
        ) : null}
      </p>
      {editing ? (
        <div className="live-entry-edit">
          <div className="field">
            <label htmlFor={`${baseId}-texte`}>Texte de l’entrée</label>
            <textarea
              id={`${baseId}-texte`}
              rows={4}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              aria-invalid={result?.fieldErrors?.body ? true : undefined}
              aria-describedby={result?.fieldErrors?.body ? `${baseId}-erreur` : undefined}
              lang="fr"
              spellCheck
            />
            <FieldError id={`${baseId}-erreur`} message={result?.fieldErrors?.body} />
          </div>
          {entry.image ? (
            <div className="field">
              <label htmlFor={`${baseId}-alt`}>Texte alternatif de l’image</label>
              <input id={`${baseId}-alt`} value={alt} onChange={(event) => setAlt(event.target.value)} />
              <FieldError id={`${baseId}-alt-erreur`} message={result?.fieldErrors?.imageAlt} />
            </div>
          ) : null}
          <div className="live-entry-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={pending}
              onClick={() =>
                act(editLiveEntryAction, { body: draft, imageId: entry.image?.id ?? '', imageAlt: alt }, () => setEditing(false))
              }
            >
              {pending ? 'Enregistrement…' : 'Enregistrer'}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => (setEditing(false), setDraft(entry.body), setAlt(entry.imageAlt))}
            >
              Annuler
            </button>
          </div>
        </div>
      ) : (
        <>
          {entry.image ? (
            // eslint-disable-next-line @next/next/no-img-element -- a stored picture at a fixed width, no optimiser needed
            <img
              className="live-entry-image"
              src={imageUrl(entry.image.id, fallbackWidth(entry.image, 400))}
              alt={entry.imageAlt}
              width={entry.image.width}
              height={entry.image.height}
            />
          ) : null}
          <p className="live-entry-body">{entry.body}</p>
        </>
      )}
      {!withdrawn && !editing && (canEdit || canModerate) ? (
        <div className="live-entry-actions">
          <button
            type="button"
            className="button"
            onClick={() => (setDraft(entry.body), setAlt(entry.imageAlt), setEditing(true), setResult(null))}
          >
            Modifier
          </button>
          <button
            type="button"
            className="button"
            disabled={pending}
            aria-pressed={entry.keyPoint}
            onClick={() => act(setLiveKeyPointAction, { keyPoint: entry.keyPoint ? '0' : '1' })}
          >
            Essentiel
          </button>
          {canModerate ? (
            <>
              <button
                type="button"
                className="button"
                disabled={pending}
                onClick={() => act(pinLiveEntryAction, { pin: entry.pinned ? '0' : '1' })}
              >
                {entry.pinned ? 'Désépingler' : 'Épingler'}
              </button>
              <button
                type="button"
                className="button button-danger"
                aria-expanded={withdrawing}
                onClick={() => setWithdrawing(!withdrawing)}
              >
                Retirer
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      {withdrawing && !withdrawn ? (
        <fieldset className="live-entry-withdraw">
          <legend>Retirer cette entrée</legend>
          <label className="checkbox">
            <input type="radio" name={`${baseId}-retrait`} checked={!duplicate} onChange={() => setDuplicate(false)} /> Les lecteurs voient
            «{'\u00a0'}entrée retirée à…{'\u00a0'}»
          </label>
          <label className="checkbox">
            <input type="radio" name={`${baseId}-retrait`} checked={duplicate} onChange={() => setDuplicate(true)} /> C’est un doublon
            {'\u00a0'}: aucune trace publique
          </label>
          <div className="live-entry-actions">
            <button
              type="button"
              className="button button-danger"
              disabled={pending}
              onClick={() => act(withdrawLiveEntryAction, { duplicate: duplicate ? '1' : '0' }, () => setWithdrawing(false))}
            >
              Confirmer le retrait
            </button>
            <button type="button" className="button button-quiet" onClick={() => setWithdrawing(false)}>
              Annuler
            </button>
          </div>
        </fieldset>
      ) : null}
      {result?.message && !result.fieldErrors ? (
        <p className={`notice ${result.ok ? 'notice-success' : 'notice-error'}`} role={result.ok ? 'status' : 'alert'}>
          {result.message}
        </p>
      ) : null}
    </li>
  );
}
