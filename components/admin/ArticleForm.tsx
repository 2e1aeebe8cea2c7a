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
import { useId, useRef, useState, useTransition, type FormEvent, type KeyboardEvent } from 'react';
import { createArticleAction, saveArticleAction, type TSaveState } from '@/lib/actions/article-actions';
import type { ArticleStatus, Placement } from '@/lib/generated/prisma/enums';
import { CHAPO_MAX, TITLE_MAX } from '@/lib/validation/article';
import { CharCounter } from './CharCounter';
import { FieldError } from './FieldError';
import { ImageField, type TFormImage } from './ImageField';
import { MarkdownEditor } from './MarkdownEditor';
import { ClassementPanel } from './article-form/ClassementPanel';
import { ConflictPanel } from './article-form/ConflictPanel';
import { conflictFailure, keepMineNotice, TAKE_SAVED_QUESTION, takeSavedNotice } from './article-form/conflict';
import { completeFormData, failureMessage, submittedBody, UNREACHABLE_MESSAGE } from './article-form/form-data';
import { initialFields, sameFields, savedWithConflict, type TFields } from './article-form/form-fields';
import { describedBy, formIds } from './article-form/form-ids';
import { FormAlerts } from './article-form/FormAlerts';
import { FormBar } from './article-form/FormBar';
import { PublicationPanel } from './article-form/PublicationPanel';
import { RelatedPanel } from './article-form/RelatedPanel';
import { chosenFromArticle, type TChosen } from './article-form/related-list';
import { ReviewPanel } from './article-form/ReviewPanel';
import type { TArticleFormProps, TConflict, TNotice } from './article-form/types';
import { useUnsavedChangesGuard } from './article-form/useUnsavedChangesGuard';
import './article-form.css';

const UNPUBLISH_QUESTION = 'Dépublier cet article\u202f? Il ne sera plus visible des lecteurs et redeviendra un brouillon.';

export function ArticleForm({ mode, article, rubriques, canPublish, publicUrl, initialNotice }: TArticleFormProps) {
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
  const [isPending, startTransition] = useTransition();

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
  const isEdit = mode === 'edit' && article !== undefined;
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
    const formData = new FormData(event.currentTarget, submitter);
    const intent = completeFormData(formData, isEdit);
    if (intent === 'unpublish' && !window.confirm(UNPUBLISH_QUESTION)) return;

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
    setNotice({ kind: 'success', text: result.message ?? 'Enregistré.' });
    // The page around the form (title, status, dates, update log) follows; the form keeps its
    // state. (Never change the URL's query here: a new query is a new page segment for Next.js,
    // which would remount the form and drop whatever was typed during the save.)
    router.refresh();
  }

  function showFailure(result: TSaveState) {
    setErrors(result.fieldErrors ?? {});
    if (result.current) {
      setConflict(result.current);
      setFailure(conflictFailure(result.current));
    } else {
      setFailure(failureMessage(result));
    }
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

  function keepMine() {
    if (!conflict) return;
    setVersion(conflict.version);
    setConflict(null);
    setFailure(null);
    setNotice({ kind: 'info', text: keepMineNotice(conflict) });
    saveButtonRef.current?.focus();
  }

  function takeSaved() {
    if (!conflict) return;
    if (!window.confirm(TAKE_SAVED_QUESTION)) return;
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
    setSaved((before) => savedWithConflict(before, conflict));
    setConflict(null);
    setFailure(null);
    setErrors({});
    setNotice({ kind: 'info', text: takeSavedNotice(conflict) });
    document.getElementById(ids.title)?.focus();
  }

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

      <FormAlerts ids={ids} failure={failure} errors={errors} notice={notice} conflictVersion={conflict?.version} />

      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          headingId={ids.conflict}
          title={title}
          chapo={chapo}
          body={body}
          image={{ image, imageAlt, imageCaption, imageCredit }}
          onKeepMine={keepMine}
          onTakeSaved={takeSaved}
        />
      ) : null}

      {isEdit && online && !canPublish ? (
        <p className="notice notice-info">
          Cet article est en ligne : vos modifications seront visibles des lecteurs dès l’enregistrement, et signalées aux éditeurs pour
          relecture.
        </p>
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
