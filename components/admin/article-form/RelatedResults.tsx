'use client';

/** The « À lire aussi » search results: published stories whose title matches, each with « Ajouter ». */
import type { TRelatedCandidate } from '@/lib/data/search-related-candidates';
import { formatDateTime } from '@/lib/french/dates';
import { plural } from './plural';

type TRelatedResultsProps = {
  resultsId: string;
  /** The words searched for (trimmed). */
  q: string;
  /** null: no search yet for these words. */
  results: TRelatedCandidate[] | null;
  searchFailed: boolean;
  chosenIds: Set<string>;
  full: boolean;
  onAdd: (candidate: TRelatedCandidate) => void;
};

export function RelatedResults({ resultsId, q, results, searchFailed, chosenIds, full, onAdd }: TRelatedResultsProps) {
  const showResults = q.length >= 2 && results !== null;
  return (
    <div id={resultsId} className="related-results" aria-live="polite">
      {searchFailed ? <p className="field-error">La recherche n’a pas abouti : réessayez.</p> : null}
      {showResults && results.length === 0 ? <p className="field-hint">Aucun article publié ne correspond à « {q} ».</p> : null}
      {showResults && results.length > 0 ? (
        <>
          <p className="visually-hidden">{plural(results.length, 'résultat', 'résultats')}</p>
          <ul>
            {results.map((candidate) => {
              const already = chosenIds.has(candidate.id);
              return (
                <li key={candidate.id}>
                  <span>
                    <span className="related-result-title">{candidate.title}</span>
                    <span className="related-result-meta">
                      {' '}
                      · {candidate.rubrique}
                      {candidate.publishedAt ? ` · ${formatDateTime(new Date(candidate.publishedAt))}` : ''}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-label={already ? `«\u00a0${candidate.title}\u00a0» déjà ajouté` : `Ajouter «\u00a0${candidate.title}\u00a0»`}
                    disabled={already || full}
                    onClick={() => onAdd(candidate)}
                  >
                    {already ? 'Déjà ajouté' : 'Ajouter'}
                  </button>
                </li>
              );
            })}
          </ul>
          {full ? <p className="field-hint">Limite atteinte : retirez un article pour en ajouter un autre.</p> : null}
        </>
      ) : null}
    </div>
  );
}
