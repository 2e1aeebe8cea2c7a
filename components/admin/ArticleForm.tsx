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
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  useTransition,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { createArticleAction, saveArticleAction, type TSaveState } from '@/lib/actions/article-actions';
import type { TChoice } from '@/lib/content/merge';
import type { ArticleStatus, Placement } from '@/lib/generated/prisma/enums';
import { CHAPO_MAX, TITLE_MAX } from '@/lib/validation/article';
import { CharCounter } from './CharCounter';
import { FieldError } from './FieldError';
import { ImageField, type TFormImage } from './ImageField';
import { MarkdownEditor } from './MarkdownEditor';
import { ClassementPanel } from './article-form/ClassementPanel';
import { ConflictPanel } from './article-form/ConflictPanel';
import { autoMergedNotice, conflictFailure, mergedNotice, TAKE_SAVED_QUESTION, takeSavedNotice } from './article-form/conflict';
import { MergeReview } from './article-form/MergeReview';
import { listFrench, mergeStory, resolveStory } from './article-form/merge-story';
import { completeFormData, failureMessage, submittedBody, UNREACHABLE_MESSAGE } from './article-form/form-data';
import { initialFields, sameFields, theirFields, type TFields } from './article-form/form-fields';
import { describedBy, formIds } from './article-form/form-ids';
import { FormAlerts } from './article-form/FormAlerts';
import { FormBar } from './article-form/FormBar';
import { PublicationPanel } from './article-form/PublicationPanel';
import { RelatedPanel } from './article-form/RelatedPanel';
import { TitleInput } from './article-form/TitleInput';
import { chosenFromArticle, type TChosen, UNAVAILABLE_TITLE } from './article-form/related-list';
import { ReviewPanel } from './article-form/ReviewPanel';
import type { TArticleFormProps, TConflict, TNotice } from './article-form/types';
import { useUnsavedChangesGuard } from './article-form/useUnsavedChangesGuard';
import { useAutosave, workingCopyUrl } from './article-form/useAutosave';
import { WorkingCopyOffer } from './article-form/WorkingCopyOffer';
import { formatTime } from '@/lib/french/dates';
import './article-form.css';

import { confirmationFor } from './article-form/confirmations';

const noSubscription = () => () => {};

export function ArticleForm({
  mode,
  article,
  rubriques,
  canPublish,
  publicUrl,
  initialNotice,
  currentLead,
  workingCopy,
}: TArticleFormProps) {
  const router = useRouter();
  const baseId = useId();
  const ids = formIds(baseId);
  const [initial] = useState(() => initialFields(article));

  const [title, setTitle] = useState(initial.title);
  const [chapo, setChapo] = useState(initial.chapo);
  // The body lives in MarkdownEditor; `body` follows it (input events) for the dirty check and the diff.
  const [body, setBody] = useState(initial.body);
  const [bodyDefault, setBodyDefault] = useState(initial.body);
  const [editorKey, setEditorKey] = useState(0);
  const [rubriqueId, setRubriqueId] = useState(initial.rubriqueId);
  const [slug, setSlug] = useState(initial.slug);
  const [placement, setPlacement] = useState<Placement>(initial.placement);
  const [chosen, setChosen] = useState<TChosen[]>(() => chosenFromArticle(article?.related));
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
  // Changes the autosave kept and this page has not saved: offered back (lib/data/working-copies.ts).
  const [offer, setOffer] = useState(() => (workingCopy && !sameFields(workingCopy.fields, initial) ? workingCopy : null));
  const [choices, setChoices] = useState<Record<string, TChoice | undefined>>({});
  // After a merge went into the form: the colleague's version, to compare with until the next save.
  const [mergedWith, setMergedWith] = useState<TConflict | null>(null);
  // A merge with nothing to choose is saved at once (the same button again), a few rounds at most.
  const [resubmit, setResubmit] = useState(0);
  const autoMerge = useRef<{ rounds: number; submitting: boolean; pending: { theirs: TConflict; changes: string } | null }>({
    rounds: 0,
    submitting: false,
    pending: null,
  });
  const [isPending, startTransition] = useTransition();

  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const saveButtonRef = useRef<HTMLButtonElement>(null);
  const lastSubmitter = useRef<HTMLElement | null>(null);

  const current: TFields = {
    title,
    chapo,
    body,
    rubriqueId,
    slug,
    placement,
    related: chosen.map((c) => c.id),
    relatedInline,
    scheduledAt,
    imageId: image?.id ?? '',
    imageAlt,
    imageCaption,
    imageCredit,
  };
  const dirty = !sameFields(current, saved);
  // The form as last rendered, for the merge a refused save starts (after an await, in the transition).
  const latest = useRef(current);
  useLayoutEffect(() => {
    latest.current = current;
  });
  // Follows the form while the person settles the conflict (the typing they do meanwhile counts).
  const merge = conflict ? mergeStory(saved, current, theirFields(conflict)) : null;
  const isEdit = mode === 'edit' && article !== undefined;
  const autosavedAt = useAutosave({ articleId: isEdit ? article.id : null, version, fields: current, dirty: dirty && !offer });
  const online = status === 'PUBLISHED';
  useUnsavedChangesGuard(dirty);

  function readBodyFromForm() {
    const field = formRef.current?.elements.namedItem('body');
    if (field instanceof HTMLTextAreaElement) setBody(field.value);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const native = event.nativeEvent;
    const submitter = typeof SubmitEvent !== 'undefined' && native instanceof SubmitEvent ? native.submitter : null;
    const automatic = autoMerge.current.submitting;
    const formData = new FormData(event.currentTarget, submitter);
    const intent = completeFormData(formData, isEdit);
    // Publishing, unpublishing and cancelling a schedule ask first (not again when a merge resubmits).
    const question = automatic ? null : confirmationFor(intent, status);
    if (question && !window.confirm(question)) return;
    if (!automatic) autoMerge.current = { rounds: 0, submitting: false, pending: null };
    autoMerge.current.submitting = false;

    const bodyValue = submittedBody(formData, body);
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
        setFailure(UNREACHABLE_MESSAGE);
        setErrors({});
        return;
      }
      if (result.ok) showSaved(result, submitted);
      else showFailure(result);
      window.requestAnimationFrame(restoreFocus);
    });
  }

  function showSaved(result: TSaveState, submitted: TFields) {
    if (result.version) setVersion(result.version);
    if (result.status) {
      setStatus(result.status);
      if (result.status === 'PUBLISHED') setWasPublished(true);
    }
    setSaved(submitted);
    setFailure(null);
    setErrors({});
    setConflict(null);
    setMergedWith(null);
    const auto = autoMerge.current.pending;
    autoMerge.current.pending = null;
    const message = result.message ?? 'Enregistré.';
    setNotice({ kind: 'success', text: auto ? autoMergedNotice(auto.theirs, auto.changes, message) : message });
    // The page around the form (title, status, dates, update log) follows; the form keeps its
    // state. (Never change the URL's query here: a new query is a new page segment for Next.js,
    // which would remount the form and drop whatever was typed during the save.)
    router.refresh();
  }

  function showFailure(result: TSaveState) {
    setErrors(result.fieldErrors ?? {});
    autoMerge.current.pending = null;
    if (!result.current) return void setFailure(failureMessage(result));
    const theirs = result.current;
    // Three ways: the version this form started from (its last save), the form now, and theirs.
    const merged = mergeStory(saved, latest.current, theirFields(theirs));
    const fields = merged.conflicts.length === 0 ? resolveStory(merged, {}) : null;
    if (fields && autoMerge.current.rounds < 3) {
      // Nothing overlaps: merged and saved again, without asking.
      autoMerge.current.rounds += 1;
      autoMerge.current.pending = { theirs, changes: listFrench(merged.theirChanges) };
      putInForm(theirs, fields);
      setResubmit((n) => n + 1);
      return;
    }
    setConflict(theirs);
    setChoices({});
    setFailure(conflictFailure(theirs, merged.conflicts.length));
  }

  // The automatic save after a merge: once the merged fields are in the form, the same button again.
  // (After the refused save's transition has ended: a submit while it is pending is ignored.)
  const resubmitted = useRef(0);
  useEffect(() => {
    if (resubmit === resubmitted.current || isPending) return;
    resubmitted.current = resubmit;
    const form = formRef.current;
    const button = lastSubmitter.current?.isConnected ? lastSubmitter.current : saveButtonRef.current;
    if (!form) return;
    autoMerge.current.submitting = true;
    form.requestSubmit(button instanceof HTMLButtonElement ? button : null);
  }, [resubmit, isPending]);

  /**
   * Puts merged (or taken) fields in the form, on top of `theirs`: the form's version becomes
   * theirs, so the next save is checked against it and writes the merge.
   */
  function putInForm(theirs: TConflict, fields: TFields) {
    applyFields(fields, theirs.related, theirs.image);
    setVersion(theirs.version);
    setSaved(theirFields(theirs));
    setConflict(null);
    setChoices({});
    setFailure(null);
    setErrors({});
  }

  /** The form's fields set to `fields`; linked stories and a picture not in the form are taken from `linked` and `otherImage`. */
  function applyFields(
    fields: TFields,
    linked: { id: string; title: string | null; status: ArticleStatus | null }[],
    otherImage: TFormImage | null,
  ) {
    setTitle(fields.title);
    setChapo(fields.chapo);
    setBody(fields.body);
    if (fields.body !== latest.current.body) {
      setBodyDefault(fields.body);
      // A new editor instance: it takes the new body even if it equals the previous default.
      setEditorKey((key) => key + 1);
    }
    setRubriqueId(fields.rubriqueId);
    setSlug(fields.slug);
    setPlacement(fields.placement);
    setChosen((mine) =>
      fields.related.map((id) => {
        const kept = mine.find((c) => c.id === id);
        if (kept) return kept;
        const other = linked.find((r) => r.id === id);
        return { id, title: other?.title ?? UNAVAILABLE_TITLE, status: other?.status ?? null };
      }),
    );
    setRelatedInline(fields.relatedInline);
    setScheduledAt(fields.scheduledAt);
    setImage(!fields.imageId ? null : fields.imageId === image?.id ? image : fields.imageId === otherImage?.id ? otherImage : null);
    setImageAlt(fields.imageAlt);
    setImageCaption(fields.imageCaption);
    setImageCredit(fields.imageCredit);
  }

  /** « Reprendre »: the autosaved changes go back into the form, on the version they were made on. */
  function takeWorkingCopy() {
    if (!offer) return;
    applyFields(offer.fields, offer.linked, offer.image);
    // Made on an older version: the save meets the newer one and merges three ways from this base.
    setVersion(offer.baseVersion);
    setSaved({ ...initial, ...offer.base });
    setOffer(null);
    setNotice({
      kind: 'info',
      text:
        offer.baseVersion === (article?.version ?? 0)
          ? 'Modifications reprises. Relisez, puis enregistrez.'
          : `Modifications reprises (faites sur la version ${offer.baseVersion}). À l’enregistrement, elles seront fusionnées avec les versions enregistrées depuis.`,
    });
  }

  /** « Ignorer »: the autosaved changes are dropped, here and on the server. */
  function dropWorkingCopy() {
    setOffer(null);
    if (article) void fetch(workingCopyUrl(article.id), { method: 'DELETE' }).catch(() => {});
  }

  /** After a save, the focus goes back to the button pressed (or « Enregistrer ») unless it went elsewhere. */
  function restoreFocus() {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const back = lastSubmitter.current;
    if (back && back.isConnected && !(back instanceof HTMLButtonElement && back.disabled)) back.focus();
    else saveButtonRef.current?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Ctrl+S / Cmd+S saves instead of saving the web page.
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (!isPending && saveButtonRef.current) event.currentTarget.requestSubmit(saveButtonRef.current);
    }
  }

  function applyMerge() {
    if (!conflict || !merge) return;
    const fields = resolveStory(merge, choices);
    if (!fields) {
      const open = merge.conflicts.filter((c) => !choices[c.key]).length;
      setFailure(
        `Choisissez d’abord ce qu’il faut garder ${open > 1 ? `pour les ${open}\u00a0passages restants` : 'pour le passage restant'}.`,
      );
      document.querySelector<HTMLInputElement>('.merge-conflict:not([data-settled]) input[type="radio"]')?.focus();
      return;
    }
    putInForm(conflict, fields);
    setMergedWith(conflict);
    setNotice({ kind: 'info', text: mergedNotice(conflict) });
    document.getElementById(ids.title)?.focus();
  }

  function takeSaved() {
    if (!conflict) return;
    if (!window.confirm(TAKE_SAVED_QUESTION)) return;
    putInForm(conflict, theirFields(conflict));
    setMergedWith(null);
    setNotice({ kind: 'info', text: takeSavedNotice(conflict) });
    document.getElementById(ids.title)?.focus();
  }

  return (
    <form
      ref={formRef}
      className="article-form"
      // Set once React has taken the form over: what is typed before that is not yet the form's.
      data-ready={hydrated ? '' : undefined}
      onSubmit={handleSubmit}
      onKeyDown={handleKeyDown}
      onInput={(event) => {
        const target = event.target;
        if (target instanceof HTMLTextAreaElement && target.name === 'body') setBody(target.value);
      }}
      aria-busy={isPending}
      // Read by « Publier la mise à jour » (UpdateEntryForm): no public note above an unsaved fix.
      data-unsaved={dirty ? '' : undefined}
      noValidate
    >
      {isEdit ? (
        <>
          <input type="hidden" name="id" value={article.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}

      <FormAlerts ids={ids} failure={failure} errors={errors} notice={notice} conflictVersion={conflict?.version} />

      {offer ? (
        <WorkingCopyOffer
          savedAt={offer.savedAt}
          baseVersion={offer.baseVersion}
          currentVersion={article?.version ?? 0}
          onTake={takeWorkingCopy}
          onDrop={dropWorkingCopy}
        />
      ) : null}
      {conflict && merge ? (
        <ConflictPanel
          conflict={conflict}
          merge={merge}
          choices={choices}
          onChoose={(key, choice) => setChoices((before) => ({ ...before, [key]: choice }))}
          headingId={ids.conflict}
          rubriques={rubriques}
          onApply={applyMerge}
          onTakeSaved={takeSaved}
        />
      ) : null}
      {mergedWith && !conflict ? <MergeReview conflict={mergedWith} title={title} chapo={chapo} body={body} /> : null}

      {isEdit && online && !canPublish ? (
        <p className="notice notice-info">
          Cet article est en ligne : vos modifications seront visibles des lecteurs dès l’enregistrement, et signalées aux éditeurs pour
          relecture.
        </p>
      ) : null}

      <div className="field">
        <label htmlFor={ids.title}>Titre</label>
        <TitleInput
          id={ids.title}
          name="title"
          className="article-form-title"
          value={title}
          onValueChange={setTitle}
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

      <MarkdownEditor
        key={editorKey}
        name="body"
        label="Texte"
        defaultValue={bodyDefault}
        onDirty={() => window.requestAnimationFrame(readBodyFromForm)}
        errorId={ids.error('body')}
        error={errors.body}
      />

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
        <ClassementPanel
          ids={ids}
          errors={errors}
          rubriques={rubriques}
          rubriqueId={rubriqueId}
          onRubriqueIdChange={setRubriqueId}
          slug={slug}
          onSlugChange={setSlug}
          placement={placement}
          onPlacementChange={setPlacement}
          canPublish={canPublish}
          wasPublished={wasPublished}
          online={online}
          publicUrl={publicUrl}
          currentLead={currentLead}
          articleId={article?.id}
        />
        <RelatedPanel
          headingId={ids.links}
          articleId={article?.id ?? null}
          chosen={chosen}
          onChosenChange={setChosen}
          inline={relatedInline}
          onInlineChange={setRelatedInline}
          error={errors.related}
          errorId={ids.error('related')}
          searchId={ids.search}
        />
        {isEdit && canPublish && status === 'IN_REVIEW' ? <ReviewPanel ids={ids} errors={errors} isPending={isPending} /> : null}
        {isEdit && canPublish && status !== 'PUBLISHED' ? (
          <PublicationPanel
            ids={ids}
            errors={errors}
            isPending={isPending}
            status={status}
            scheduledAt={scheduledAt}
            onScheduledAtChange={setScheduledAt}
            savedScheduledAt={saved.scheduledAt}
          />
        ) : null}
      </div>

      {autosavedAt && dirty ? (
        <p className="field-hint autosave-status">
          Modifications gardées à {formatTime(new Date(autosavedAt))}, en cas de coupure (ni enregistrées ni publiées).
        </p>
      ) : null}
      <FormBar
        isEdit={isEdit}
        status={status}
        canPublish={canPublish}
        dirty={dirty}
        isPending={isPending}
        notice={notice}
        saveButtonRef={saveButtonRef}
      />
    </form>
  );
}
