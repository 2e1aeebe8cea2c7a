'use client';

/**
 * The newsroom's body editor: a Markdown <textarea> that a plain form submission (or a server
 * action) reads through FormData, a formatting toolbar, Ctrl/Cmd+B and Ctrl/Cmd+I, and a live
 * preview rendered with the site's own rules (tabs « Écrire » / « Aperçu » on narrow screens, side
 * by side from 1100px, see admin-editor.css). Without JavaScript the server-rendered textarea still
 * works on its own.
 */
import {
  useDeferredValue,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { renderBodyHtml } from '@/lib/content/render-body';
import { BODY_IMAGE_ALT_PLACEHOLDER, bodyImageMarkdown } from '@/lib/media/body-images';
import { sendImage } from '@/lib/media/send-image';
import {
  applyTextChange,
  countWords,
  findLinkAt,
  findLinkByAddress,
  findLinks,
  insertImageBlock,
  insertLink,
  readingMinutes,
  removeLink,
  replaceLink,
  tabAfterKey,
  toggleBlock,
  toggleInline,
  type TEditorTab,
  type TMarkdownLink,
  type TTextChange,
} from './markdown-edits';
import { LinkDialog, type TLinkDraft, type TLinkOutcome } from './LinkDialog';
import { MarkdownToolbar, type TAction } from './MarkdownToolbar';

export type TMarkdownEditorProps = {
  /** Form field name: the body arrives in FormData under it. */
  name: string;
  label: string;
  /** Initial body. When the parent passes a different one (another revision, a saved version), the editor takes it. */
  defaultValue: string;
  /** Called once, on the first change (again after a new defaultValue). */
  onDirty?: () => void;
  /** Id of the error message, rendered under the field when `error` is set and linked by aria-describedby. */
  errorId?: string;
  error?: string;
};

const numberFormat = new Intl.NumberFormat('fr-FR');

/** The « Lien » dialog's request: what it shows, and where its answer goes in the text. */
type TLinkRequest = TLinkDraft & {
  /** The selection when it opened. */
  range: [number, number];
  /** The link it edits, if it does. */
  link: TMarkdownLink | null;
  /** Opened by a click on a link of the preview (the focus goes back there). */
  fromPreview: boolean;
};

/* ------------------------------------------------------------------------------------------------
 * The component.
 * ---------------------------------------------------------------------------------------------- */

export function MarkdownEditor({ name, label, defaultValue, onDirty, errorId, error }: TMarkdownEditorProps) {
  const baseId = useId();
  const textareaId = `${baseId}-texte`;
  const writeTabId = `${baseId}-onglet-ecrire`;
  const previewTabId = `${baseId}-onglet-apercu`;
  const writePanelId = `${baseId}-ecrire`;
  const previewPanelId = `${baseId}-apercu`;
  const statsId = `${baseId}-stats`;
  const errorElementId = errorId ?? `${baseId}-erreur`;

  const [value, setValue] = useState(defaultValue);
  // A new defaultValue from the parent replaces the text (React's « adjust state on prop change »).
  const [adoptedDefault, setAdoptedDefault] = useState(defaultValue);
  const [generation, setGeneration] = useState(0);
  if (defaultValue !== adoptedDefault) {
    setAdoptedDefault(defaultValue);
    setValue(defaultValue);
    setGeneration(generation + 1);
  }

  const [tab, setTab] = useState<TEditorTab>('write');
  const [status, setStatus] = useState('');

  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const imageInputRef = useRef<HTMLInputElement>(null);
  /** Where the picture goes if the focus left the text meanwhile: the caret when « Image » was pressed. */
  const imageTarget = useRef(0);
  const [sendingImage, setSendingImage] = useState(false);
  const tabRefs = useRef<Record<TEditorTab, HTMLButtonElement | null>>({ write: null, preview: null });
  const pendingSelection = useRef<[number, number] | null>(null);
  const dirtyGeneration = useRef(-1);
  const previewRef = useRef<HTMLDivElement>(null);
  const [linkRequest, setLinkRequest] = useState<TLinkRequest | null>(null);

  // After React writes a new value into the textarea the caret jumps to the end: put the selection back.
  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    const textarea = textareaRef.current;
    if (!selection || !textarea) return;
    pendingSelection.current = null;
    textarea.setSelectionRange(selection[0], selection[1]);
  });

  // The preview and the counts follow the text without slowing typing down on long bodies.
  const deferredValue = useDeferredValue(value);
  const previewHtml = useMemo(() => renderBodyHtml(deferredValue), [deferredValue]);
  const words = useMemo(() => countWords(deferredValue), [deferredValue]);
  const minutes = readingMinutes(words);
  const previewHasLinks = useMemo(() => findLinks(deferredValue).length > 0, [deferredValue]);

  function markDirty() {
    if (dirtyGeneration.current === generation) return;
    dirtyGeneration.current = generation;
    onDirty?.();
  }

  function handleChange(event: ChangeEvent<HTMLTextAreaElement>) {
    setValue(event.target.value);
    if (status) setStatus('');
    markDirty();
  }

  function applyChange(change: TTextChange) {
    const textarea = textareaRef.current;
    if (!textarea) return;
    const current = textarea.value;
    const next = applyTextChange(current, change);
    textarea.focus();
    textarea.setSelectionRange(change.from, change.to);
    // insertText goes through the browser's editing, so Ctrl+Z undoes the formatting; it fires an
    // input event that React turns into handleChange. Where it is unavailable (or the textarea is
    // hidden behind « Aperçu » and cannot take the focus), set the state.
    let inserted = false;
    try {
      if (document.activeElement === textarea)
        inserted = change.insert === '' ? document.execCommand('delete') : document.execCommand('insertText', false, change.insert);
    } catch {
      inserted = false;
    }
    if (!inserted || textarea.value !== next) {
      setValue(next);
      markDirty();
    }
    if (status) setStatus('');
    textarea.setSelectionRange(change.selectionStart, change.selectionEnd);
    pendingSelection.current = [change.selectionStart, change.selectionEnd];
  }

  async function insertImage(file: File | undefined) {
    const input = imageInputRef.current;
    if (input) input.value = '';
    const textarea = textareaRef.current;
    if (!file || !textarea) return;
    setSendingImage(true);
    setStatus('Envoi de l’image…');
    try {
      const image = await sendImage(file);
      // Where the caret is now (the text may have changed during the send), replacing nothing.
      const current = textarea.value;
      const at = document.activeElement === textarea ? textarea.selectionEnd : Math.min(imageTarget.current, current.length);
      textarea.focus();
      applyChange(insertImageBlock(current, at, at, bodyImageMarkdown(image, BODY_IMAGE_ALT_PLACEHOLDER), BODY_IMAGE_ALT_PLACEHOLDER));
      setStatus(
        'Image insérée\u00a0: remplacez «\u00a0Décrivez l’image\u00a0» par ce qu’elle montre. Une légende peut suivre l’adresse, avant la parenthèse fermante, entre guillemets droits\u00a0: "Légende".',
      );
    } catch (error) {
      setStatus((error as Error).message);
      textarea.focus();
    } finally {
      setSendingImage(false);
    }
  }

  function run(action: TAction) {
    const textarea = textareaRef.current;
    if (!textarea) return;
    const { selectionStart: start, selectionEnd: end, value: current } = textarea;
    switch (action) {
      case 'image':
        imageTarget.current = end;
        imageInputRef.current?.click();
        return;
      case 'bold':
        return applyChange(toggleInline(current, start, end, '**', 'texte en gras'));
      case 'italic':
        return applyChange(toggleInline(current, start, end, '_', 'texte en italique'));
      case 'heading':
      case 'quote':
      case 'list':
        return applyChange(toggleBlock(current, start, end, action));
      case 'link': {
        // Inside a link: that link, to change; otherwise the selected words, to link.
        const link = findLinkAt(current, start, end);
        setLinkRequest({
          text: link ? link.text : current.slice(start, end).trim(),
          url: link ? link.url : '',
          editing: link !== null,
          range: [start, end],
          link,
          fromPreview: false,
        });
        return;
      }
    }
  }

  // A link clicked in the preview opens the « Lien » dialog for it (instead of leaving the page).
  function handlePreviewClick(event: MouseEvent<HTMLDivElement>) {
    const anchor = event.target instanceof Element ? event.target.closest('a') : null;
    const textarea = textareaRef.current;
    if (!anchor || !textarea || !event.currentTarget.contains(anchor)) return;
    event.preventDefault();
    const href = anchor.getAttribute('href') ?? '';
    const sameAddress = [...event.currentTarget.querySelectorAll('a')].filter((a) => a.getAttribute('href') === href);
    const link = findLinkByAddress(textarea.value, href, sameAddress.indexOf(anchor));
    if (!link) return;
    setLinkRequest({ text: link.text, url: link.url, editing: true, range: [link.from, link.to], link, fromPreview: true });
  }

  function finishLink(outcome: TLinkOutcome) {
    const request = linkRequest;
    setLinkRequest(null);
    const textarea = textareaRef.current;
    if (!request || !textarea) return;
    const [start, end] = request.range;
    if (outcome.kind === 'apply') {
      applyChange(
        request.link
          ? replaceLink(request.link, outcome.text, outcome.url)
          : insertLink(textarea.value, start, end, outcome.url, outcome.text),
      );
      setStatus(request.editing ? 'Lien modifié.' : 'Lien inséré.');
    } else if (outcome.kind === 'remove' && request.link) {
      applyChange(removeLink(request.link));
      setStatus('Lien retiré.');
    } else {
      textarea.focus();
      textarea.setSelectionRange(start, end);
    }
    if (request.fromPreview) previewRef.current?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const key = event.key.toLowerCase();
    if (key === 'b' || key === 'i') {
      event.preventDefault();
      run(key === 'b' ? 'bold' : 'italic');
    }
  }

  // Tabs: arrows switch between « Écrire » and « Aperçu » (WAI-ARIA tabs pattern).
  function handleTabKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const next = tabAfterKey(event.key, tab);
    if (next === null) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  }

  const describedBy = [statsId, error ? errorElementId : null].filter(Boolean).join(' ');

  return (
    <div className="md-editor">
      <label className="md-editor-label" htmlFor={textareaId}>
        {label}
      </label>

      <div className="md-editor-tabs" role="tablist" aria-label="Mode d’affichage">
        <button
          ref={(node) => {
            tabRefs.current.write = node;
          }}
          type="button"
          role="tab"
          id={writeTabId}
          aria-selected={tab === 'write'}
          aria-controls={writePanelId}
          tabIndex={tab === 'write' ? 0 : -1}
          className="md-editor-tab"
          onClick={() => setTab('write')}
          onKeyDown={handleTabKeyDown}
        >
          Écrire
        </button>
        <button
          ref={(node) => {
            tabRefs.current.preview = node;
          }}
          type="button"
          role="tab"
          id={previewTabId}
          aria-selected={tab === 'preview'}
          aria-controls={previewPanelId}
          tabIndex={tab === 'preview' ? 0 : -1}
          className="md-editor-tab"
          onClick={() => setTab('preview')}
          onKeyDown={handleTabKeyDown}
        >
          Aperçu
        </button>
      </div>

      <div className="md-editor-panes">
        {/* Hidden with CSS only (never unmounted, never disabled): the textarea is always submitted. */}
        <div
          className="md-editor-pane md-editor-write"
          role="tabpanel"
          id={writePanelId}
          aria-labelledby={writeTabId}
          data-active={tab === 'write' ? '' : undefined}
        >
          <MarkdownToolbar controls={textareaId} onRun={run} imageBusy={sendingImage} />
          {/* No name: the file goes to /api/medias, never with the story's form. */}
          <input
            ref={imageInputRef}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif"
            hidden
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => void insertImage(event.target.files?.[0])}
          />
          <textarea
            ref={textareaRef}
            id={textareaId}
            name={name}
            className="md-editor-textarea"
            value={value}
            onChange={handleChange}
            onKeyDown={handleKeyDown}
            rows={20}
            spellCheck
            lang="fr"
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
        </div>

        {/* Clicks on links are handled (they open the « Lien » dialog); the links themselves take the keyboard. */}
        <div
          ref={previewRef}
          className="md-editor-pane md-editor-preview"
          role="tabpanel"
          id={previewPanelId}
          aria-labelledby={previewTabId}
          tabIndex={0}
          data-active={tab === 'preview' ? '' : undefined}
          // Read by useUnsavedChangesGuard: these links are not a way out of the page.
          data-links-stay=""
          onClick={handlePreviewClick}
        >
          <p className="md-editor-preview-heading" aria-hidden="true">
            Aperçu
          </p>
          {previewHasLinks ? <p className="md-editor-preview-hint">Cliquez sur un lien pour le modifier.</p> : null}
          {deferredValue.trim() === '' ? (
            <p className="md-editor-preview-empty">Rien à afficher pour l’instant.</p>
          ) : (
            <div
              className="article-body"
              // Safe: renderBodyHtml is the site's own renderer, markdown-it with raw HTML disabled
              // (html: false) and its link validation, so the journalist's text cannot inject markup,
              // scripts, event handlers or javascript: links — the same HTML readers get.
              dangerouslySetInnerHTML={{ __html: previewHtml }}
            />
          )}
        </div>
      </div>

      <p className="md-editor-stats" id={statsId}>
        <span>
          {numberFormat.format(words)} {words > 1 ? 'mots' : 'mot'}
        </span>
        {words > 0 ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>{minutes} min de lecture</span>
          </>
        ) : null}
      </p>
      <p className="md-editor-status" role="status">
        {status}
      </p>
      {error ? (
        <p className="md-editor-error" id={errorElementId}>
          {error}
        </p>
      ) : null}
      {linkRequest ? <LinkDialog draft={linkRequest} onDone={finishLink} /> : null}
    </div>
  );
}
