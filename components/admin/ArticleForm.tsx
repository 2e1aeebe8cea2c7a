'use client';

/**
 * The story editor, for a new story (« Créer le brouillon ») and for an existing one (save, submit,
 * publish, schedule, unpublish). Nothing typed is ever lost:
 * - the form is not a React form action (React would reset it after the action): onSubmit builds the
 *   FormData itself and calls the server action in a transition, every field keeps its value;
 * - a conflict (someone saved in between) keeps the text, shows the saved version and a word diff,
 *   and lets the journalist keep their text knowingly or take the saved one;
 * - leaving with unsaved changes asks first (beforeunload, and the newsroom's own links).
 */
import { unstable_rethrow, useRouter } from 'next/navigation';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, useTransition, type FormEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { createArticleAction, saveArticleAction, searchRelatedAction, type TSaveState } from '@/lib/actions/article-actions';
import { STATUS_LABELS } from '@/lib/auth/permissions';
import { diffWords, foldUnchanged } from '@/lib/content/diff';
import type { TRelatedCandidate } from '@/lib/data/search-related-candidates';
import { formatDateTime, parseParisDateTime, toParisInputValue } from '@/lib/french/dates';
import { deName } from '@/lib/french/elision';
import type { ArticleStatus, Placement } from '@/lib/generated/prisma/enums';
import { SLUG_PATTERN, slugify } from '@/lib/french/slug';
import { CHAPO_MAX, RELATED_MAX, TITLE_MAX } from '@/lib/validation/article';
import { CharCounter } from './CharCounter';
import { FieldError } from './FieldError';
import { ImageField, type TFormImage } from './ImageField';
import { MarkdownEditor } from './MarkdownEditor';
import { RevisionDiff } from './RevisionDiff';
import './article-form.css';

/* ------------------------------------------------------------------------------------------------
 * Props: plain serialisable objects (dates as ISO strings).
 * ---------------------------------------------------------------------------------------------- */

/** `title` and `status` null: a story the person may not see (linked by an editor), shown as unavailable. */
export type TArticleFormRelated = { id: string; title: string | null; status: ArticleStatus | null; inline: boolean };

export type TArticleFormArticle = {
  id: string;
  title: string;
  chapo: string;
  body: string;
  slug: string;
  rubriqueId: string;
  placement: Placement;
  status: ArticleStatus;
  version: number;
  publishedAt: string | null;
  scheduledAt: string | null;
  related: TArticleFormRelated[];
  image: TFormImage | null;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
};

export type TArticleFormProps = {
  mode: 'create' | 'edit';
  article?: TArticleFormArticle;
  rubriques: { id: string; name: string; slug?: string }[];
  /** Editors and admins: placement, publish, schedule, unpublish. */
  canPublish: boolean;
  /** The story's public address, when it is online. */
  publicUrl?: string;
  /** What the page was opened after (« Brouillon créé. »), shown until the next save says something else. */
  initialNotice?: string;
};

type TConflict = NonNullable<TSaveState['current']>;
type TChosen = { id: string; title: string; status: ArticleStatus | null; rubrique?: string };

/** What the form calls a linked story hidden from the person (its title is not theirs to read). */
const UNAVAILABLE_TITLE = 'Article indisponible';
type TFields = {
  title: string;
  chapo: string;
  body: string;
  rubriqueId: string;
  slug: string;
  placement: Placement;
  related: string[];
  relatedInline: boolean;
  scheduledAt: string;
  imageId: string;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
};
type TNotice = { kind: 'success' | 'info'; text: string };

const PLACEMENTS: { value: Placement; label: string; hint: string }[] = [
  { value: 'NONE', label: 'Aucune', hint: 'Pas de mise en avant\u00a0: l’article figure dans les dernières nouvelles, le bloc de sa rubrique et sa rubrique, à sa date.' },
  { value: 'TOP', label: 'À la une', hint: 'Parmi les titres de la une.' },
  { value: 'LEAD', label: 'Manchette principale', hint: 'Le grand titre en tête de la page d’accueil.' },
];

const FIELD_LABELS: Record<string, string> = {
  title: 'Titre',
  chapo: 'Chapô',
  body: 'Texte',
  rubriqueId: 'Rubrique',
  slug: 'Adresse',
  placement: 'Place sur les Manchettes',
  related: 'À lire aussi',
  image: 'Image principale',
  imageAlt: 'Texte alternatif',
  imageCaption: 'Légende',
  imageCredit: 'Crédit',
  scheduledAt: 'Programmer la publication le',
};

const UNLOAD_QUESTION = 'Des modifications ne sont pas enregistrées. Quitter cette page quand même\u202f? Elles seront perdues.';

/** Two states of the form are the same story (as the server would store it). */
function sameFields(a: TFields, b: TFields): boolean {
  return (
    a.title.trim() === b.title.trim() &&
    a.chapo.trim() === b.chapo.trim() &&
    a.body.replace(/\r\n/g, '\n') === b.body.replace(/\r\n/g, '\n') &&
    a.rubriqueId === b.rubriqueId &&
    a.slug.trim() === b.slug.trim() &&
    a.placement === b.placement &&
    a.related.join('\n') === b.related.join('\n') &&
    (a.related.length > 0 && a.relatedInline) === (b.related.length > 0 && b.relatedInline) &&
    a.scheduledAt === b.scheduledAt &&
    a.imageId === b.imageId &&
    // Without a picture, no words about it are kept (the server drops them too).
    (a.imageId === '' ||
      (a.imageAlt.trim() === b.imageAlt.trim() && a.imageCaption.trim() === b.imageCaption.trim() && a.imageCredit.trim() === b.imageCredit.trim()))
  );
}

/** The message of a failed action: `message`, or `error` when the session check refused it. */
function failureMessage(state: TSaveState): string {
  if (state.message) return state.message;
  if ('error' in state && typeof state.error === 'string') return state.error;
  return 'L’enregistrement a échoué. Votre texte est conservé dans le formulaire\u00a0: réessayez.';
}


const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

/* ------------------------------------------------------------------------------------------------
 * Small pieces.
 * ---------------------------------------------------------------------------------------------- */


const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/* ------------------------------------------------------------------------------------------------
 * « À lire aussi »: search published stories, choose and order them.
 * ---------------------------------------------------------------------------------------------- */

type TRelatedPickerProps = {
  articleId: string | null;
  chosen: TChosen[];
  onChosenChange: (next: TChosen[]) => void;
  inline: boolean;
  onInlineChange: (next: boolean) => void;
  error?: string;
  errorId: string;
  searchId: string;
};

type TMove = 'up' | 'down' | 'remove';

function RelatedPicker({ articleId, chosen, onChosenChange, inline, onInlineChange, error, errorId, searchId }: TRelatedPickerProps) {
  const baseId = useId();
  const hintId = `${baseId}-aide`;
  const resultsId = `${baseId}-resultats`;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<TRelatedCandidate[] | null>(null);
  const [searchFailed, setSearchFailed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState<{ id: string | null; move: TMove } | null>(null);

  // Search 250 ms after the last keystroke; an answer to an older query is ignored.
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      searchRelatedAction(q, articleId)
        .then((found) => {
          if (cancelled) return;
          setSearchFailed(false);
          setResults(found);
        })
        .catch(() => {
          if (!cancelled) setSearchFailed(true);
        });
    }, 250);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [query, articleId]);

  // After a move or a removal, the focus follows the story (React may have moved its node).
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

  const chosenIds = new Set(chosen.map((c) => c.id));
  const full = chosen.length >= RELATED_MAX;

  function add(candidate: TRelatedCandidate) {
    if (chosenIds.has(candidate.id) || full) return;
    onChosenChange([...chosen, { id: candidate.id, title: candidate.title, status: 'PUBLISHED', rubrique: candidate.rubrique }]);
    setAnnouncement(`«\u00a0${candidate.title}\u00a0» ajouté en position ${chosen.length + 1}.`);
  }

  function move(index: number, direction: TMove) {
    const item = chosen[index];
    const next = [...chosen];
    if (direction === 'remove') {
      next.splice(index, 1);
      onChosenChange(next);
      setAnnouncement(`«\u00a0${item.title}\u00a0» retiré.`);
      const neighbour = next[index] ?? next[index - 1];
      setFocusRequest({ id: neighbour?.id ?? null, move: 'remove' });
      return;
    }
    const to = direction === 'up' ? index - 1 : index + 1;
    if (to < 0 || to >= chosen.length) return;
    next.splice(index, 1);
    next.splice(to, 0, item);
    onChosenChange(next);
    setAnnouncement(`«\u00a0${item.title}\u00a0» déplacé en position ${to + 1} sur ${next.length}.`);
    setFocusRequest({ id: item.id, move: direction });
  }

  const q = query.trim();
  const showResults = q.length >= 2 && results !== null;

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
          <input type="checkbox" id={`${baseId}-inline`} name="relatedInline" checked={inline} onChange={(event) => onInlineChange(event.target.checked)} />
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
          onChange={(event) => {
            setQuery(event.target.value);
            if (event.target.value.trim().length < 2) {
              setResults(null);
              setSearchFailed(false);
            }
          }}
          onKeyDown={(event) => {
            // Enter searches here; it must not submit the story.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
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
                      onClick={() => add(candidate)}
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
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}

/* ------------------------------------------------------------------------------------------------
 * The form.
 * ---------------------------------------------------------------------------------------------- */

export function ArticleForm({ mode, article, rubriques, canPublish, publicUrl, initialNotice }: TArticleFormProps) {
  const router = useRouter();
  const baseId = useId();
  const ids = {
    title: `${baseId}-titre`,
    titleCounter: `${baseId}-titre-compteur`,
    chapo: `${baseId}-chapo`,
    chapoCounter: `${baseId}-chapo-compteur`,
    rubriqueId: `${baseId}-rubrique`,
    slug: `${baseId}-adresse`,
    slugHint: `${baseId}-adresse-aide`,
    placement: `${baseId}-place`,
    search: `${baseId}-recherche`,
    scheduledAt: `${baseId}-programmation`,
    scheduledHint: `${baseId}-programmation-aide`,
    returnNote: `${baseId}-motif`,
    image: `${baseId}-image`,
    imageAlt: `${baseId}-image-alt`,
    conflict: `${baseId}-conflit`,
    error: (name: string) => `${baseId}-erreur-${name}`,
  };

  const initial: TFields = {
    title: article?.title ?? '',
    chapo: article?.chapo ?? '',
    body: article?.body ?? '',
    rubriqueId: article?.rubriqueId ?? '',
    slug: article?.slug ?? '',
    placement: article?.placement ?? 'NONE',
    related: article?.related.map((r) => r.id) ?? [],
    relatedInline: article?.related[0]?.inline ?? false,
    scheduledAt: article?.scheduledAt ? toParisInputValue(new Date(article.scheduledAt)) : '',
    imageId: article?.image?.id ?? '',
    imageAlt: article?.imageAlt ?? '',
    imageCaption: article?.imageCaption ?? '',
    imageCredit: article?.imageCredit ?? '',
  };

  const [title, setTitle] = useState(initial.title);
  const [chapo, setChapo] = useState(initial.chapo);
  // The body lives in MarkdownEditor; `body` follows it (input events) for the dirty check and the diff.
  const [body, setBody] = useState(initial.body);
  const [bodyDefault, setBodyDefault] = useState(initial.body);
  const [editorKey, setEditorKey] = useState(0);
  const [rubriqueId, setRubriqueId] = useState(initial.rubriqueId);
  const [slug, setSlug] = useState(initial.slug);
  const [placement, setPlacement] = useState<Placement>(initial.placement);
  const [chosen, setChosen] = useState<TChosen[]>(() => article?.related.map((r) => ({ id: r.id, title: r.title ?? UNAVAILABLE_TITLE, status: r.status })) ?? []);
  const [relatedInline, setRelatedInline] = useState(initial.relatedInline);
  const [scheduledAt, setScheduledAt] = useState(initial.scheduledAt);
  const [image, setImage] = useState<TFormImage | null>(article?.image ?? null);
  const [imageAlt, setImageAlt] = useState(initial.imageAlt);
  const [imageCaption, setImageCaption] = useState(initial.imageCaption);
  const [imageCredit, setImageCredit] = useState(initial.imageCredit);

  const [version, setVersion] = useState(article?.version ?? 0);
  const [status, setStatus] = useState<ArticleStatus>(article?.status ?? 'DRAFT');
  const [wasPublished, setWasPublished] = useState(Boolean(article?.publishedAt) || article?.status === 'PUBLISHED');
  const [saved, setSaved] = useState<TFields>(initial);

  const [notice, setNotice] = useState<TNotice | null>(initialNotice ? { kind: 'success', text: initialNotice } : null);
  const [failure, setFailure] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<TConflict | null>(null);
  const [isPending, startTransition] = useTransition();

  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const saveButtonRef = useRef<HTMLButtonElement>(null);
  const lastSubmitter = useRef<HTMLElement | null>(null);

  const current: TFields = { title, chapo, body, rubriqueId, slug, placement, related: chosen.map((c) => c.id), relatedInline, scheduledAt, imageId: image?.id ?? '', imageAlt, imageCaption, imageCredit };
  const dirty = !sameFields(current, saved);
  const isEdit = mode === 'edit' && article !== undefined;

  // Unsaved changes: the browser asks before closing, reloading or leaving the site…
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    // …and the newsroom's own links (client-side navigations do not fire beforeunload).
    const onClick = (event: globalThis.MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('#')) return;
      if (!window.confirm(UNLOAD_QUESTION)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);

  // A failure or a conflict: bring the message into view and give it the focus.
  const failureKey = failure ? `${failure}|${Object.keys(errors).join()}|${conflict?.version ?? ''}` : '';
  useEffect(() => {
    if (!failureKey) return;
    alertRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    alertRef.current?.focus({ preventScroll: true });
  }, [failureKey]);

  const deferredBody = useDeferredValue(body);
  const conflictDiff = useMemo(
    () => (conflict ? { title: diffWords(conflict.title, title), chapo: diffWords(conflict.chapo, chapo), body: foldUnchanged(diffWords(conflict.body, deferredBody)) } : null),
    [conflict, title, chapo, deferredBody],
  );

  function readBodyFromForm() {
    const field = formRef.current?.elements.namedItem('body');
    if (field instanceof HTMLTextAreaElement) setBody(field.value);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const form = event.currentTarget;
    const native = event.nativeEvent;
    const submitter = typeof SubmitEvent !== 'undefined' && native instanceof SubmitEvent ? native.submitter : null;
    const formData = new FormData(form, submitter);
    const intent = formData.get('intent');
    if (isEdit && !intent) formData.set('intent', 'save');
    if (intent === 'unpublish' && !window.confirm('Dépublier cet article\u202f? Il ne sera plus visible des lecteurs et redeviendra un brouillon.')) return;

    const bodyValue = typeof formData.get('body') === 'string' ? String(formData.get('body')) : body;
    const submitted: TFields = { ...current, body: bodyValue };
    lastSubmitter.current = submitter;
    setBody(bodyValue);
    setNotice(null);

    startTransition(async () => {
      let result: TSaveState;
      try {
        result = isEdit ? await saveArticleAction(formData) : await createArticleAction(formData);
      } catch (error) {
        // « Créer le brouillon » ends with a redirect to the new story: let Next.js follow it.
        unstable_rethrow(error);
        setFailure('Le serveur ne répond pas\u00a0: rien n’a été enregistré. Votre texte est conservé dans le formulaire\u202f; réessayez dans un instant.');
        setErrors({});
        return;
      }
      if (result.ok) {
        if (result.version) setVersion(result.version);
        if (result.status) {
          setStatus(result.status);
          if (result.status === 'PUBLISHED') setWasPublished(true);
        }
        setSaved(submitted);
        setFailure(null);
        setErrors({});
        setConflict(null);
        setNotice({ kind: 'success', text: result.message ?? 'Enregistré.' });
        // The page around the form (title, status, dates, update log) follows; the form keeps its
        // state. (Never change the URL's query here: a new query is a new page segment for Next.js,
        // which would remount the form and drop whatever was typed during the save.)
        router.refresh();
      } else {
        setErrors(result.fieldErrors ?? {});
        if (result.current) {
          setConflict(result.current);
          setFailure(
            `${result.current.lastEditorName ?? 'Quelqu’un'} a enregistré une autre version de cet article pendant que vous écriviez. Rien n’a été écrasé\u00a0: votre texte est toujours dans le formulaire. Comparez-le ci-dessous avec la version enregistrée, puis choisissez «\u00a0Garder mon texte\u00a0» (et enregistrez) ou «\u00a0Prendre la version enregistrée\u00a0».`,
          );
        } else {
          setFailure(failureMessage(result));
        }
      }
      window.requestAnimationFrame(() => {
        const active = document.activeElement;
        if (active && active !== document.body) return;
        const back = lastSubmitter.current;
        if (back && back.isConnected && !(back instanceof HTMLButtonElement && back.disabled)) back.focus();
        else saveButtonRef.current?.focus();
      });
    });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Ctrl+S / Cmd+S saves instead of saving the web page.
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (!isPending && saveButtonRef.current) event.currentTarget.requestSubmit(saveButtonRef.current);
    }
  }

  function keepMine() {
    if (!conflict) return;
    setVersion(conflict.version);
    setConflict(null);
    setFailure(null);
    setNotice({
      kind: 'info',
      text: `Votre texte est conservé. Enregistrez pour remplacer la version ${conflict.lastEditorName ? deName(conflict.lastEditorName) : 'de l’autre membre de la rédaction'} par la vôtre.`,
    });
    saveButtonRef.current?.focus();
  }

  function takeSaved() {
    if (!conflict) return;
    if (!window.confirm('Remplacer le titre, le chapô, le texte et l’image du formulaire par la version enregistrée\u202f? Vos modifications de ces champs seront perdues.')) return;
    setTitle(conflict.title);
    setChapo(conflict.chapo);
    setBody(conflict.body);
    setBodyDefault(conflict.body);
    // A new editor instance: it takes the saved body even if it equals the previous default.
    setEditorKey((key) => key + 1);
    setVersion(conflict.version);
    // The saved picture and its words too: keeping the form's would undo a colleague's change unseen.
    setImage(conflict.image);
    setImageAlt(conflict.imageAlt);
    setImageCaption(conflict.imageCaption);
    setImageCredit(conflict.imageCredit);
    setSaved((before) => ({
      ...before,
      title: conflict.title,
      chapo: conflict.chapo,
      body: conflict.body,
      imageId: conflict.image?.id ?? '',
      imageAlt: conflict.imageAlt,
      imageCaption: conflict.imageCaption,
      imageCredit: conflict.imageCredit,
    }));
    setConflict(null);
    setFailure(null);
    setErrors({});
    setNotice({ kind: 'info', text: `Le formulaire contient maintenant la version ${conflict.version}, enregistrée par ${conflict.lastEditorName ?? 'un autre membre de la rédaction'}.` });
    document.getElementById(ids.title)?.focus();
  }

  function focusField(event: MouseEvent<HTMLAnchorElement>, name: string) {
    event.preventDefault();
    const form = formRef.current;
    if (!form) return;
    if (name === 'related') return document.getElementById(ids.search)?.focus();
    if (name === 'image') return document.getElementById(ids.image)?.focus();
    const field = form.elements.namedItem(name);
    if (field instanceof RadioNodeList) (field[0] as HTMLElement | undefined)?.focus();
    else if (field instanceof HTMLElement) field.focus();
  }

  const scheduledFor = saved.scheduledAt ? parseParisDateTime(saved.scheduledAt) : null;
  const fieldIds: Record<string, string> = {
    title: ids.title,
    chapo: ids.chapo,
    body: ids.error('body'),
    rubriqueId: ids.rubriqueId,
    slug: ids.slug,
    placement: `${ids.placement}-NONE`,
    related: ids.search,
    scheduledAt: ids.scheduledAt,
    returnNote: ids.returnNote,
    image: ids.image,
    imageAlt: ids.imageAlt,
    imageCaption: ids.imageAlt,
    imageCredit: ids.imageAlt,
  };
  const rubriqueSlug = rubriques.find((r) => r.id === rubriqueId)?.slug;
  const futureUrl = rubriqueSlug && slug.trim() ? `/${rubriqueSlug}/${slug.trim()}` : undefined;
  const errorEntries = Object.entries(errors).filter(([name]) => name !== 'form');
  const showWorkflow = isEdit;
  const online = status === 'PUBLISHED';

  const buttons: ReactNode = isEdit ? (
    <>
      <button ref={saveButtonRef} type="submit" name="intent" value="save" className="button" disabled={isPending}>
        Enregistrer
      </button>
      {status === 'DRAFT' ? (
        <button type="submit" name="intent" value="submit" className="button button-quiet" disabled={isPending}>
          Soumettre à la relecture
        </button>
      ) : null}
      {status === 'IN_REVIEW' && !canPublish ? (
        // Its author withdraws it to change something first (editors send it back from the « Relecture » panel, with a reason).
        <button type="submit" name="intent" value="return" className="button button-quiet" disabled={isPending}>
          Retirer de la relecture
        </button>
      ) : null}
      {canPublish && status !== 'PUBLISHED' ? (
        <button type="submit" name="intent" value="publish" className="button button-primary" disabled={isPending}>
          Publier
        </button>
      ) : null}
      {canPublish && (status === 'PUBLISHED' || status === 'SCHEDULED') ? (
        <button type="submit" name="intent" value="unpublish" className="button button-danger" disabled={isPending}>
          Dépublier
        </button>
      ) : null}
    </>
  ) : (
    <button ref={saveButtonRef} type="submit" className="button button-primary" disabled={isPending}>
      Créer le brouillon
    </button>
  );

  return (
    <form
      ref={formRef}
      className="article-form"
      onSubmit={handleSubmit}
      onKeyDown={handleKeyDown}
      onInput={(event) => {
        const target = event.target;
        if (target instanceof HTMLTextAreaElement && target.name === 'body') setBody(target.value);
      }}
      aria-busy={isPending}
      // Read by « Marquer comme mis à jour » (UpdateEntryForm): no public note above an unsaved fix.
      data-unsaved={dirty ? '' : undefined}
      noValidate
    >
      {isEdit ? (
        <>
          <input type="hidden" name="id" value={article.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}

      <div ref={alertRef} tabIndex={-1} className="article-form-alerts">
        {failure ? (
          <div className="notice notice-error" role="alert">
            <p>{failure}</p>
            {errorEntries.length > 0 ? (
              <ul>
                {errorEntries.map(([name, message]) => (
                  <li key={name}>
                    <a href={`#${fieldIds[name] ?? ids.title}`} onClick={(event) => focusField(event, name)}>
                      {message}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {notice?.kind === 'info' ? <p className="notice notice-info">{notice.text}</p> : null}
      </div>

      {conflict && conflictDiff ? (
        <section className="panel conflict-panel" aria-labelledby={ids.conflict}>
          <h2 id={ids.conflict}>Version enregistrée par {conflict.lastEditorName ?? 'un autre membre de la rédaction'}</h2>
          <p className="field-hint">
            Version {conflict.version}, enregistrée le {formatDateTime(new Date(conflict.updatedAt))}. Votre texte n’a pas été enregistré et reste dans le formulaire.
          </p>
          <dl className="conflict-current">
            <dt>Titre enregistré</dt>
            <dd>{conflict.title}</dd>
            <dt>Chapô enregistré</dt>
            <dd>{conflict.chapo || <em>(vide)</em>}</dd>
          </dl>
          {(conflict.image?.id ?? '') !== (image?.id ?? '') || conflict.imageAlt !== imageAlt || conflict.imageCaption !== imageCaption || conflict.imageCredit !== imageCredit ? (
            <p className="notice notice-info">
              L’image principale ou ses textes diffèrent aussi{'\u00a0'}: la version enregistrée a {conflict.image ? `une image de ${conflict.image.width}\u00a0×\u00a0${conflict.image.height}\u00a0pixels` : 'aucune image'}
              {conflict.imageAlt ? `, décrite «\u00a0${conflict.imageAlt}\u00a0»` : ''}
              {conflict.imageCaption ? `, légende «\u00a0${conflict.imageCaption}\u00a0»` : ''}
              {conflict.imageCredit ? `, crédit «\u00a0${conflict.imageCredit}\u00a0»` : ''}.
            </p>
          ) : null}
          <details className="conflict-body">
            <summary>Texte enregistré ({plural(conflict.body.split(/\s+/).filter(Boolean).length, 'mot', 'mots')})</summary>
            <div className="conflict-body-text">{conflict.body}</div>
          </details>
          <h3>Différences entre la version enregistrée et votre texte</h3>
          <p className="field-hint">
            <del className="diff-removed">Barré</del> : seulement dans la version enregistrée. <ins className="diff-added">Souligné</ins> : seulement dans votre texte. « […] » : passage identique abrégé.
          </p>
          {(['title', 'chapo', 'body'] as const).map((name) => {
            const parts = conflictDiff[name];
            const same = parts.every((part) => part.kind === 'same');
            return (
              <div key={name} className="conflict-diff">
                <h4>
                  {FIELD_LABELS[name]}
                  {same ? <span className="conflict-same"> — identique</span> : null}
                </h4>
                {same ? null : <RevisionDiff parts={parts} />}
              </div>
            );
          })}
          <div className="conflict-actions">
            <button type="button" className="button" onClick={keepMine}>
              Garder mon texte
            </button>
            <button type="button" className="button button-quiet" onClick={takeSaved}>
              Prendre la version enregistrée
            </button>
          </div>
          <p className="field-hint">« Garder mon texte » : votre prochain enregistrement remplacera la version enregistrée, en connaissance de cause.</p>
        </section>
      ) : null}

      {isEdit && online && !canPublish ? (
        <p className="notice notice-info">Cet article est en ligne : vos modifications seront visibles des lecteurs dès l’enregistrement, et signalées aux éditeurs pour relecture.</p>
      ) : null}

      <div className="field">
        <label htmlFor={ids.title}>Titre</label>
        <input
          type="text"
          id={ids.title}
          name="title"
          className="article-form-title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          required
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy(ids.titleCounter, errors.title && ids.error('title'))}
          lang="fr"
          spellCheck
        />
        <CharCounter id={ids.titleCounter} length={title.length} max={TITLE_MAX} />
        <FieldError id={ids.error('title')} message={errors.title} />
      </div>

      <div className="field">
        <label htmlFor={ids.chapo}>Chapô</label>
        <textarea
          id={ids.chapo}
          name="chapo"
          className="article-form-chapo"
          rows={3}
          value={chapo}
          onChange={(event) => setChapo(event.target.value)}
          aria-invalid={errors.chapo ? true : undefined}
          aria-describedby={describedBy(ids.chapoCounter, errors.chapo && ids.error('chapo'))}
          lang="fr"
          spellCheck
        />
        <CharCounter id={ids.chapoCounter} length={chapo.length} max={CHAPO_MAX} />
        <FieldError id={ids.error('chapo')} message={errors.chapo} />
      </div>

      <MarkdownEditor key={editorKey} name="body" label="Texte" defaultValue={bodyDefault} onDirty={() => window.requestAnimationFrame(readBodyFromForm)} errorId={ids.error('body')} error={errors.body} />

      <div className="article-form-meta">
        <ImageField
          image={image}
          onImageChange={setImage}
          alt={imageAlt}
          onAltChange={setImageAlt}
          caption={imageCaption}
          onCaptionChange={setImageCaption}
          credit={imageCredit}
          onCreditChange={setImageCredit}
          errors={errors}
          fileInputId={ids.image}
          altInputId={ids.imageAlt}
          errorId={ids.error}
        />
        <section className="panel" aria-labelledby={`${baseId}-classement`}>
          <h2 id={`${baseId}-classement`}>Classement</h2>
          <div className="field">
            <label htmlFor={ids.rubriqueId}>Rubrique</label>
            <select
              id={ids.rubriqueId}
              name="rubriqueId"
              value={rubriqueId}
              onChange={(event) => setRubriqueId(event.target.value)}
              required
              aria-invalid={errors.rubriqueId ? true : undefined}
              aria-describedby={describedBy(errors.rubriqueId && ids.error('rubriqueId'))}
            >
              {rubriqueId === '' ? <option value="">Choisissez une rubrique</option> : null}
              {rubriques.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
            <FieldError id={ids.error('rubriqueId')} message={errors.rubriqueId} />
          </div>

          <div className="field">
            <label htmlFor={ids.slug}>Adresse (slug)</label>
            <input
              type="text"
              id={ids.slug}
              name="slug"
              value={slug}
              onChange={(event) => setSlug(event.target.value)}
              // Words become an address as soon as the field is left (« L’été à Dakar » → l-ete-a-dakar).
              onBlur={() => setSlug((typed) => (typed.trim() === '' || SLUG_PATTERN.test(typed.trim()) || !/[\p{L}\p{N}]/u.test(typed) ? typed : slugify(typed)))}
              autoComplete="off"
              spellCheck={false}
              inputMode="url"
              aria-invalid={errors.slug ? true : undefined}
              aria-describedby={describedBy(ids.slugHint, errors.slug && ids.error('slug'))}
            />
            <div id={ids.slugHint} className="field-hint">
              <p>Laissez vide pour la générer depuis le titre.</p>
              {wasPublished ? <p>Changer l’adresse d’un article publié redirige l’ancienne vers la nouvelle.</p> : null}
              {rubriqueSlug && slug.trim() && futureUrl !== publicUrl ? (
                <p>
                  {online ? 'Nouvelle adresse publique' : 'Adresse publique'} : <code>{futureUrl}</code>
                </p>
              ) : null}
              {online && publicUrl ? (
                <p>
                  En ligne :{' '}
                  <a href={publicUrl} target="_blank" rel="noopener">
                    {publicUrl}
                    <span className="visually-hidden"> (nouvel onglet)</span>
                  </a>
                </p>
              ) : null}
            </div>
            <FieldError id={ids.error('slug')} message={errors.slug} />
          </div>

          {canPublish ? (
            <fieldset className="field placement-field" aria-describedby={describedBy(errors.placement && ids.error('placement'))}>
              <legend>Place sur les Manchettes</legend>
              {PLACEMENTS.map((option) => (
                <div key={option.value} className="radio-row">
                  <input
                    type="radio"
                    id={`${ids.placement}-${option.value}`}
                    name="placement"
                    value={option.value}
                    checked={placement === option.value}
                    onChange={() => setPlacement(option.value)}
                    aria-describedby={`${ids.placement}-${option.value}-aide`}
                  />
                  <label htmlFor={`${ids.placement}-${option.value}`}>{option.label}</label>
                  <span id={`${ids.placement}-${option.value}-aide`} className="field-hint">
                    {option.hint}
                  </span>
                </div>
              ))}
              <FieldError id={ids.error('placement')} message={errors.placement} />
            </fieldset>
          ) : null}
        </section>

        <section className="panel" aria-labelledby={`${baseId}-liens`}>
          <h2 id={`${baseId}-liens`}>À lire aussi</h2>
          <RelatedPicker
            articleId={article?.id ?? null}
            chosen={chosen}
            onChosenChange={setChosen}
            inline={relatedInline}
            onInlineChange={setRelatedInline}
            error={errors.related}
            errorId={ids.error('related')}
            searchId={ids.search}
          />
        </section>

        {isEdit && canPublish && status === 'IN_REVIEW' ? (
          <section className="panel" aria-labelledby={`${baseId}-relecture`}>
            <h2 id={`${baseId}-relecture`}>Relecture</h2>
            <p className="field-hint">À reprendre avant publication ? L’article revient au brouillon, et son auteur voit votre motif en l’ouvrant.</p>
            <div className="field">
              <label htmlFor={ids.returnNote}>Motif du renvoi (facultatif)</label>
              <textarea
                id={ids.returnNote}
                name="returnNote"
                rows={4}
                maxLength={1000}
                aria-invalid={errors.returnNote ? true : undefined}
                aria-describedby={errors.returnNote ? ids.error('returnNote') : undefined}
              />
              <FieldError id={ids.error('returnNote')} message={errors.returnNote} />
            </div>
            <button type="submit" name="intent" value="return" className="button button-quiet" disabled={isPending}>
              Renvoyer en brouillon
            </button>
          </section>
        ) : null}

        {isEdit && canPublish && status !== 'PUBLISHED' ? (
          <section className="panel" aria-labelledby={`${baseId}-publication`}>
            <h2 id={`${baseId}-publication`}>Publication programmée</h2>
            {status === 'SCHEDULED' && scheduledFor ? <p className="notice notice-info">Publication programmée le {formatDateTime(scheduledFor)}.</p> : null}
            <div className="field">
              <label htmlFor={ids.scheduledAt}>Programmer la publication le</label>
              <input
                type="datetime-local"
                id={ids.scheduledAt}
                name="scheduledAt"
                value={scheduledAt}
                onChange={(event) => setScheduledAt(event.target.value)}
                aria-invalid={errors.scheduledAt ? true : undefined}
                aria-describedby={describedBy(ids.scheduledHint, errors.scheduledAt && ids.error('scheduledAt'))}
              />
              <p id={ids.scheduledHint} className="field-hint">
                Heure de Paris. L’article sera publié automatiquement à cette date.
              </p>
              <FieldError id={ids.error('scheduledAt')} message={errors.scheduledAt} />
            </div>
            <button type="submit" name="intent" value="schedule" className="button button-quiet" disabled={isPending}>
              Programmer
            </button>
          </section>
        ) : null}
      </div>

      <div className="article-form-bar">
        {showWorkflow ? (
          <p className="article-form-state">
            <span className="visually-hidden">Statut : </span>
            <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>
            <span className={dirty ? 'article-form-dirty is-dirty' : 'article-form-dirty'}>{dirty ? 'Modifications non enregistrées' : 'Tout est enregistré'}</span>
          </p>
        ) : null}
        <div className="article-form-buttons">{buttons}</div>
        <p role="status" className={isPending ? 'article-form-live notice notice-info' : notice?.kind === 'success' ? 'article-form-live notice notice-success' : 'article-form-live'}>
          {isPending ? 'Enregistrement…' : notice?.kind === 'success' ? notice.text : ''}
        </p>
      </div>
    </form>
  );
}
