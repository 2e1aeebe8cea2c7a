'use client';

/** « Reprendre les modifications non enregistrées du … ? »: the autosave's copy, offered back (useAutosave.ts). */
import { useId } from 'react';
import { formatDateTime } from '@/lib/french/dates';

type TWorkingCopyOfferProps = { savedAt: string; baseVersion: number; currentVersion: number; onTake: () => void; onDrop: () => void };

export function WorkingCopyOffer({ savedAt, baseVersion, currentVersion, onTake, onDrop }: TWorkingCopyOfferProps) {
  const headingId = useId();
  return (
    <section className="panel working-copy-offer" aria-labelledby={headingId}>
      <h2 id={headingId}>Modifications non enregistrées</h2>
      <p>
        Reprendre les modifications non enregistrées du {formatDateTime(new Date(savedAt))}
        {'\u202f'}?
      </p>
      {baseVersion !== currentVersion ? (
        <p className="field-hint">
          Elles avaient été faites sur la version {baseVersion}
          {'\u00a0'}; l’article a été enregistré depuis (version {currentVersion}).
        </p>
      ) : null}
      <div className="conflict-actions">
        <button type="button" className="button" onClick={onTake}>
          Reprendre
        </button>
        <button type="button" className="button button-quiet" onClick={onDrop}>
          Ignorer
        </button>
      </div>
    </section>
  );
}
