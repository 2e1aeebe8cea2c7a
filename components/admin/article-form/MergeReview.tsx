'use client';

/**
 * After a merge went into the form, until it is saved: what the form now holds against the version
 * the colleague saved, word by word — the comparison stays in view after the choices are made.
 */
import { useDeferredValue, useMemo } from 'react';
import { RevisionDiff } from '../RevisionDiff';
import { CONFLICT_FIELDS, conflictDiff, isUnchanged, ofConflictAuthor } from './conflict';
import type { TConflict } from './types';

type TMergeReviewProps = { conflict: TConflict; title: string; chapo: string; body: string };

export function MergeReview({ conflict, title, chapo, body }: TMergeReviewProps) {
  const deferredBody = useDeferredValue(body);
  const diff = useMemo(() => conflictDiff(conflict, { title, chapo, body: deferredBody }), [conflict, title, chapo, deferredBody]);
  const changed = CONFLICT_FIELDS.filter(({ name }) => !isUnchanged(diff[name]));
  return (
    <details className="panel merge-review">
      <summary>
        Fusion non enregistrée{'\u00a0'}: comparer le formulaire avec la version {conflict.version} {ofConflictAuthor(conflict)}
      </summary>
      <p className="field-hint">
        <del className="diff-removed">Barré</del> : seulement dans la version enregistrée. <ins className="diff-added">Souligné</ins> : ce
        que votre enregistrement ajoutera. « […] » : passage identique abrégé.
      </p>
      {changed.length === 0 ? <p>Le titre, le chapô et le texte du formulaire sont ceux de la version enregistrée.</p> : null}
      {changed.map(({ name, label }) => (
        <div key={name} className="conflict-diff">
          <h4>{label}</h4>
          <RevisionDiff parts={diff[name]} />
        </div>
      ))}
    </details>
  );
}
