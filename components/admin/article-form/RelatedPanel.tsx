'use client';

/**
 * « À lire aussi »: search published stories, choose and order them (the first may show inside the
 * text). Every move is announced, and the focus follows the story it moved.
 */
import { useEffect, useId, useState } from 'react';
import type { TRelatedCandidate } from '@/lib/data/search-related-candidates';
import { RELATED_MAX } from '@/lib/validation/article';
import { FieldError } from '../FieldError';
import { describedBy } from './form-ids';
import { addRelated, isRelatedFull, moveRelated, type TChosen, type TMove, type TRelatedChange } from './related-list';
import { RelatedResults } from './RelatedResults';
import { useRelatedSearch } from './useRelatedSearch';

type TRelatedPanelProps = {
  headingId: string;
  articleId: string | null;
  chosen: TChosen[];
  onChosenChange: (next: TChosen[]) => void;
  inline: boolean;
  onInlineChange: (next: boolean) => void;
  error?: string;
  errorId: string;
  searchId: string;
};

/** The panel around the picker. */
export function RelatedPanel({ headingId, ...picker }: TRelatedPanelProps) {
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>À lire aussi</h2>
      <RelatedPicker {...picker} />
    </section>
  );
}

type TFocusRequest = { id: string | null; move: TMove };

/** After a move or a removal, the focus follows the story (React may have moved its node). */
function useFocusAfterMove(baseId: string, searchId: string) {
  const [focusRequest, setFocusRequest] = useState<TFocusRequest | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const { id, move } = focusRequest;
    const target =
      (id && (document.getElementById(`${baseId}-${move}-${id}`) as HTMLButtonElement | null)) ||
      (id && (document.getElementById(`${baseId}-${move === 'up' ? 'down' : 'up'}-${id}`) as HTMLButtonElement | null)) ||
      (id && (document.getElementById(`${baseId}-remove-${id}`) as HTMLButtonElement | null)) ||
      document.getElementById(searchId);
    if (target instanceof HTMLButtonElement && target.disabled) document.getElementById(`${baseId}-remove-${id}`)?.focus();
    else target?.focus();
  }, [focusRequest, baseId, searchId]);
  return setFocusRequest;
}

function RelatedPicker({
  articleId,
  chosen,
  onChosenChange,
  inline,
  onInlineChange,
  error,
  errorId,
  searchId,
}: Omit<TRelatedPanelProps, 'headingId'>) {
  const baseId = useId();
  const hintId = `${baseId}-aide`;
  const resultsId = `${baseId}-resultats`;
  const { query, results, searchFailed, onQueryChange } = useRelatedSearch(articleId);
  const [announcement, setAnnouncement] = useState('');
  const requestFocus = useFocusAfterMove(baseId, searchId);

  const chosenIds = new Set(chosen.map((c) => c.id));
  const full = isRelatedFull(chosen);

  function apply(change: TRelatedChange | null) {
    if (!change) return;
    onChosenChange(change.next);
    setAnnouncement(change.announcement);
    if (change.focus) requestFocus(change.focus);
  }

  const add = (candidate: TRelatedCandidate) => apply(addRelated(chosen, candidate));
  const move = (index: number, direction: TMove) => apply(moveRelated(chosen, index, direction));

  const q = query.trim();

  return (
    <fieldset className="related-picker" aria-describedby={describedBy(hintId, error && errorId)}>
      <legend className="visually-hidden">À lire aussi</legend>
      <p className="field-hint" id={hintId}>
        Articles publiés seulement, {RELATED_MAX} au plus. Le premier peut s’afficher au milieu du texte, les autres en fin d’article.
      </p>

      {chosen.length > 0 ? (
        <ol className="related-chosen">
          {chosen.map((item, index) => (
            <li key={item.id}>
              <input type="hidden" name="related" value={item.id} />
              <span className="related-chosen-title">
                <span className="related-chosen-position" aria-hidden="true">
                  {index + 1}.
                </span>{' '}
                {item.title}
                {item.rubrique ? <span className="related-chosen-rubrique"> · {item.rubrique}</span> : null}
                {item.status === null ? (
                  <span className="related-unpublished">lien gardé : ne s’affichera que si l’article est publié</span>
                ) : item.status !== 'PUBLISHED' ? (
                  <span className="related-unpublished">non publié : ne s’affichera pas</span>
                ) : null}
              </span>
              <span className="related-chosen-actions">
                <button
                  type="button"
                  id={`${baseId}-up-${item.id}`}
                  className="button button-quiet button-small"
                  aria-label={`Monter «\u00a0${item.title}\u00a0»`}
                  disabled={index === 0}
                  onClick={() => move(index, 'up')}
                >
                  Monter
                </button>
                <button
                  type="button"
                  id={`${baseId}-down-${item.id}`}
                  className="button button-quiet button-small"
                  aria-label={`Descendre «\u00a0${item.title}\u00a0»`}
                  disabled={index === chosen.length - 1}
                  onClick={() => move(index, 'down')}
                >
                  Descendre
                </button>
                <button
                  type="button"
                  id={`${baseId}-remove-${item.id}`}
                  className="button button-danger button-small"
                  aria-label={`Retirer «\u00a0${item.title}\u00a0»`}
                  onClick={() => move(index, 'remove')}
                >
                  Retirer
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="related-empty">Aucun article lié pour l’instant.</p>
      )}

      {chosen.length > 0 ? (
        <p className="checkbox-row">
          <input
            type="checkbox"
            id={`${baseId}-inline`}
            name="relatedInline"
            checked={inline}
            onChange={(event) => onInlineChange(event.target.checked)}
          />
          <label htmlFor={`${baseId}-inline`}>Afficher le premier dans le texte</label>
        </p>
      ) : null}

      <FieldError id={errorId} message={error} />

      <div className="field related-search">
        <label htmlFor={searchId}>Rechercher un article publié</label>
        <input
          type="search"
          id={searchId}
          value={query}
          autoComplete="off"
          placeholder="Mots du titre…"
          aria-describedby={resultsId}
          aria-controls={resultsId}
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches here; it must not submit the story.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      <RelatedResults
        resultsId={resultsId}
        q={q}
        results={results}
        searchFailed={searchFailed}
        chosenIds={chosenIds}
        full={full}
        onAdd={add}
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
