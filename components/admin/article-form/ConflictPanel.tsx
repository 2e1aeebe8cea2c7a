'use client';

/**
 * The conflict panel: the version someone saved meanwhile, a word diff against the form's text, and
 * the choice between « Garder mon texte » and « Prendre la version enregistrée ».
 */
import { useDeferredValue, useMemo } from 'react';
import { formatDateTime } from '@/lib/french/dates';
import { RevisionDiff } from '../RevisionDiff';
import {
  CONFLICT_FIELDS,
  conflictDiff,
  conflictHeading,
  imageDiffers,
  isUnchanged,
  savedImageDescription,
  type TFormImageState,
} from './conflict';
import { plural } from './plural';
import type { TConflict } from './types';

type TConflictPanelProps = {
  conflict: TConflict;
  headingId: string;
  title: string;
  chapo: string;
  body: string;
  image: TFormImageState;
  onKeepMine: () => void;
  onTakeSaved: () => void;
};

export function ConflictPanel({ conflict, headingId, title, chapo, body, image, onKeepMine, onTakeSaved }: TConflictPanelProps) {
  // The diff follows the text without slowing typing down on long bodies.
  const deferredBody = useDeferredValue(body);
  const diff = useMemo(() => conflictDiff(conflict, { title, chapo, body: deferredBody }), [conflict, title, chapo, deferredBody]);

  return (
    <section className="panel conflict-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{conflictHeading(conflict)}</h2>
      <p className="field-hint">
        Version {conflict.version}, enregistrée le {formatDateTime(new Date(conflict.updatedAt))}. Votre texte n’a pas été enregistré et
        reste dans le formulaire.
      </p>
      <dl className="conflict-current">
        <dt>Titre enregistré</dt>
        <dd>{conflict.title}</dd>
        <dt>Chapô enregistré</dt>
        <dd>{conflict.chapo || <em>(vide)</em>}</dd>
      </dl>
      {imageDiffers(conflict, image) ? (
        <p className="notice notice-info">
          L’image principale ou ses textes diffèrent aussi{'\u00a0'}: la version enregistrée a {savedImageDescription(conflict)}.
        </p>
      ) : null}
      <details className="conflict-body">
        <summary>Texte enregistré ({plural(conflict.body.split(/\s+/).filter(Boolean).length, 'mot', 'mots')})</summary>
        <div className="conflict-body-text">{conflict.body}</div>
      </details>
      <h3>Différences entre la version enregistrée et votre texte</h3>
      <p className="field-hint">
        <del className="diff-removed">Barré</del> : seulement dans la version enregistrée. <ins className="diff-added">Souligné</ins> :
        seulement dans votre texte. « […] » : passage identique abrégé.
      </p>
      {CONFLICT_FIELDS.map(({ name, label }) => {
        const parts = diff[name];
        const same = isUnchanged(parts);
        return (
          <div key={name} className="conflict-diff">
            <h4>
              {label}
              {same ? <span className="conflict-same"> — identique</span> : null}
            </h4>
            {same ? null : <RevisionDiff parts={parts} />}
          </div>
        );
      })}
      <div className="conflict-actions">
        <button type="button" className="button" onClick={onKeepMine}>
          Garder mon texte
        </button>
        <button type="button" className="button button-quiet" onClick={onTakeSaved}>
          Prendre la version enregistrée
        </button>
      </div>
      <p className="field-hint">
        « Garder mon texte » : votre prochain enregistrement remplacera la version enregistrée, en connaissance de cause.
      </p>
    </section>
  );
}
