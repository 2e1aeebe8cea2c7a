'use client';

/**
 * « Fil du direct »: the compact composer. An entry goes through a server action; the page's list is
 * refreshed by the action, and nothing here reloads: the text stays in the field until the entry is
 * published, and stays there when it is refused (a journalist's text is never lost).
 */
import { ActionOutcome } from '../ActionOutcome';
import { useId, useRef, useState, useTransition, type FormEvent, type KeyboardEvent } from 'react';
import { postLiveEntryAction } from '@/lib/actions/live-actions';
import { sendImage, type TSentImage } from '@/lib/media/send-image';
import { fallbackWidth, imageUrl } from '@/lib/media/urls';
import { LIVE_ENTRY_MAX } from '@/lib/validation/live-entry';
import { CharCounter } from '../CharCounter';
import { FieldError } from '../FieldError';

type TState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

export function LiveComposer({ articleId }: { articleId: string }) {
  const baseId = useId();
  const ids = {
    body: `${baseId}-texte`,
    counter: `${baseId}-compteur`,
    bodyError: `${baseId}-erreur`,
    file: `${baseId}-image`,
    alt: `${baseId}-alt`,
    altError: `${baseId}-alt-erreur`,
  };
  const [body, setBody] = useState('');
  const [image, setImage] = useState<TSentImage | null>(null);
  const [alt, setAlt] = useState('');
  const [keyPoint, setKeyPoint] = useState(false);
  const [sending, setSending] = useState(false);
  const [imageProblem, setImageProblem] = useState<string | null>(null);
  const [state, setState] = useState<TState>({ ok: false });
  const [pending, startTransition] = useTransition();
  const fileRef = useRef<HTMLInputElement>(null);

  function publish(form: HTMLFormElement) {
    if (pending || sending) return;
    const data = new FormData(form);
    startTransition(async () => {
      const result = await postLiveEntryAction({ ok: false }, data);
      setState(result);
      if (result.ok) {
        setBody('');
        setImage(null);
        setAlt('');
        setKeyPoint(false);
      }
    });
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    setImageProblem(null);
    setSending(true);
    try {
      setImage(await sendImage(file));
    } catch (error) {
      setImageProblem((error as Error).message);
    } finally {
      setSending(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    publish(event.currentTarget);
  };
  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Ctrl+Entrée (⌘+Entrée) publishes; Entrée alone goes to the line.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.currentTarget.form) {
      event.preventDefault();
      publish(event.currentTarget.form);
    }
  };

  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const failure = !state.ok && state.message && !errors.body && !errors.imageAlt ? state.message : null;
  return (
    <form className="panel live-composer" onSubmit={submit} aria-busy={pending} noValidate aria-label="Composer une entrée">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="imageId" value={image?.id ?? ''} />
      <input type="hidden" name="keyPoint" value={keyPoint ? '1' : '0'} />
      <div className="field">
        <label htmlFor={ids.body}>Nouvelle entrée</label>
        <textarea
          id={ids.body}
          name="body"
          rows={4}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={keyDown}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? `${ids.counter} ${ids.bodyError}` : ids.counter}
          lang="fr"
          spellCheck
        />
        <CharCounter id={ids.counter} length={body.replace(/\r\n?/g, '\n').trim().length} max={LIVE_ENTRY_MAX} />
        <FieldError id={ids.bodyError} message={errors.body} />
        <p className="field-hint">
          Markdown comme le corps d’un article («{'\u00a0'}**gras**{'\u00a0'}», «{'\u00a0'}[lien](https://…){'\u00a0'}»).
        </p>
      </div>
      <div className="live-composer-image">
        {image ? (
          <>
            {/* eslint-disable-next-line @next/next/no-img-element -- a stored picture at a fixed width, no optimiser needed */}
            <img src={imageUrl(image.id, fallbackWidth(image, 400))} alt="" width={image.width} height={image.height} />
            <div className="field">
              <label htmlFor={ids.alt}>Texte alternatif de l’image</label>
              <input
                id={ids.alt}
                name="imageAlt"
                value={alt}
                onChange={(event) => setAlt(event.target.value)}
                aria-invalid={errors.imageAlt ? true : undefined}
                aria-describedby={errors.imageAlt ? ids.altError : undefined}
              />
              <FieldError id={ids.altError} message={errors.imageAlt} />
              <button type="button" className="button button-quiet" onClick={() => (setImage(null), setAlt(''))}>
                Retirer l’image
              </button>
            </div>
          </>
        ) : (
          <div className="field">
            <label htmlFor={ids.file}>Image (facultative)</label>
            <input
              ref={fileRef}
              id={ids.file}
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif"
              disabled={sending}
              onChange={(event) => void choose(event.target.files?.[0])}
            />
            <p className="field-hint" role="status">
              {sending ? 'Envoi de l’image…' : ''}
            </p>
            {imageProblem ? (
              <p className="field-error" role="alert">
                {imageProblem}
              </p>
            ) : null}
          </div>
        )}
      </div>
      <div className="live-composer-send">
        <label className="checkbox">
          <input type="checkbox" checked={keyPoint} onChange={(event) => setKeyPoint(event.target.checked)} /> L’essentiel
        </label>
        <button type="submit" className="button button-primary" disabled={pending || sending}>
          {pending ? 'Publication…' : 'Publier l’entrée'}
        </button>
        <span className="field-hint">ou Ctrl+Entrée</span>
      </div>
      <ActionOutcome success={state.ok ? state.message : null} failure={failure} pending={pending} className="live-composer-status" />
    </form>
  );
}
