'use client';

/**
 * The Markdown editor's « Lien » dialog: a modal <dialog> (the page behind is inert, the focus stays
 * inside, Escape closes) to link the words to one of the site's published stories, found as you type
 * (the « À lire aussi » search, useRelatedSearch), or to an address typed in full (http or https, or
 * a page of the site). It also edits a link already in the text, or takes it off.
 *
 * It sits inside the story form, so it has no <form> of its own (a form cannot hold another): its
 * buttons are type="button", Enter in a field is handled here, and its fields have no name (a save
 * never sends them).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TRelatedCandidate } from '@/lib/data/search-related-candidates';
import { formatDateTime } from '@/lib/french/dates';
import { publicAddress } from './article-form/address';
import { plural } from './article-form/plural';
import { useRelatedSearch } from './article-form/useRelatedSearch';
import { checkLinkAddress } from './markdown-edits';
import './link-dialog.css';

/** What the dialog opens with: the selected words (or the link's), its address, and whether it edits a link. */
export type TLinkDraft = { text: string; url: string; editing: boolean };

export type TLinkOutcome = { kind: 'apply'; text: string; url: string } | { kind: 'remove' } | { kind: 'cancel' };

type TLinkDialogProps = {
  draft: TLinkDraft;
  /** Called once, after the dialog has closed (the focus can go back to the text). */
  onDone: (outcome: TLinkOutcome) => void;
};

export function LinkDialog({ draft, onDone }: TLinkDialogProps) {
  const baseId = useId();
  const ids = {
    title: `${baseId}-titre`,
    text: `${baseId}-texte`,
    search: `${baseId}-recherche`,
    searchHint: `${baseId}-recherche-aide`,
    results: `${baseId}-resultats`,
    url: `${baseId}-adresse`,
    urlHint: `${baseId}-adresse-aide`,
    urlError: `${baseId}-adresse-erreur`,
  };
  const dialogRef = useRef<HTMLDialogElement>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const outcome = useRef<TLinkOutcome>({ kind: 'cancel' });
  const [text, setText] = useState(draft.text);
  const [url, setUrl] = useState(draft.url);
  const [urlError, setUrlError] = useState<string | null>(null);
  const { query, results, searchFailed, onQueryChange } = useRelatedSearch(null);
  const q = query.trim();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function finish(result: TLinkOutcome) {
    outcome.current = result;
    dialogRef.current?.close();
  }

  function applyAddress() {
    const checked = checkLinkAddress(url);
    if (!checked.ok) {
      setUrlError(checked.message);
      urlRef.current?.focus();
      return;
    }
    finish({ kind: 'apply', text, url: checked.url });
  }

  function choose(story: TRelatedCandidate) {
    const address = publicAddress(story.rubriqueSlug, story.slug);
    if (address) finish({ kind: 'apply', text: text.trim() ? text : story.title, url: address });
  }

  // Enter in a field would submit the story form around the dialog: it applies the address instead.
  function handleFieldKeyDown(event: KeyboardEvent<HTMLInputElement>, apply: boolean) {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (apply) applyAddress();
  }

  const showResults = q.length >= 2 && results !== null;

  return (
    <dialog
      ref={dialogRef}
      className="link-dialog"
      aria-labelledby={ids.title}
      onClose={() => onDone(outcome.current)}
      // Keys stay here: the story form's shortcuts (Ctrl+S) do not act behind a modal.
      onKeyDown={(event) => event.stopPropagation()}
    >
      <h2 id={ids.title} className="link-dialog-title">
        {draft.editing ? 'Modifier le lien' : 'Insérer un lien'}
      </h2>

      <div className="field">
        <label htmlFor={ids.text}>Texte du lien</label>
        <input
          id={ids.text}
          type="text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(e) => handleFieldKeyDown(e, true)}
        />
      </div>

      <div className="field link-dialog-search">
        <label htmlFor={ids.search}>Vers un article du site</label>
        <span className="field-hint" id={ids.searchHint}>
          Tapez quelques mots de son titre, puis choisissez-le (articles publiés seulement).
        </span>
        <input
          id={ids.search}
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby={`${ids.searchHint} ${ids.results}`}
          aria-controls={ids.results}
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={(e) => handleFieldKeyDown(e, false)}
        />
        <div id={ids.results} className="link-dialog-results" aria-live="polite">
          {searchFailed ? <p className="field-error">La recherche n’a pas abouti : réessayez.</p> : null}
          {showResults && results.length === 0 ? <p className="field-hint">Aucun article publié ne correspond à « {q} ».</p> : null}
          {showResults && results.length > 0 ? (
            <>
              <p className="visually-hidden">{plural(results.length, 'résultat', 'résultats')}</p>
              <ul>
                {results.map((story) => (
                  <li key={story.id}>
                    <button type="button" className="link-dialog-result" onClick={() => choose(story)}>
                      <span className="link-dialog-result-title">{story.title}</span>
                      <span className="link-dialog-result-meta">
                        {story.rubrique}
                        {story.publishedAt ? ` · ${formatDateTime(new Date(story.publishedAt))}` : ''}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>

      <div className="field">
        <label htmlFor={ids.url}>Ou vers l’adresse</label>
        <span className="field-hint" id={ids.urlHint}>
          Une adresse extérieure commence par https://, une page du site par /.
        </span>
        <input
          ref={urlRef}
          id={ids.url}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          value={url}
          aria-invalid={urlError ? true : undefined}
          aria-describedby={urlError ? `${ids.urlHint} ${ids.urlError}` : ids.urlHint}
          onChange={(event) => {
            setUrl(event.target.value);
            setUrlError(null);
          }}
          onKeyDown={(e) => handleFieldKeyDown(e, true)}
        />
        {urlError ? (
          <p className="field-error" id={ids.urlError} role="alert">
            {urlError}
          </p>
        ) : null}
      </div>

      <div className="link-dialog-actions">
        <button type="button" className="button button-primary" onClick={applyAddress}>
          {draft.editing ? 'Modifier le lien' : 'Insérer le lien'}
        </button>
        {draft.editing ? (
          <button type="button" className="button button-quiet" onClick={() => finish({ kind: 'remove' })}>
            Retirer le lien
          </button>
        ) : null}
        <button type="button" className="button button-quiet" onClick={() => finish({ kind: 'cancel' })}>
          Annuler
        </button>
      </div>
    </dialog>
  );
}
