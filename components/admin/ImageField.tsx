'use client';

/**
 * « Image principale »: a story's picture, sent as soon as it is chosen (to /api/medias, which turns
 * it upright, strips its metadata and stores its sizes), then named by the story's form with what it
 * shows (alt text), its caption and its credit. Nothing else in the form is touched by a send, so a
 * refused picture never costs a word of the text.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { IMAGE_ALT_MAX, IMAGE_CAPTION_MAX, IMAGE_CREDIT_MAX } from '@/lib/validation/article';
import { IMAGE_MAX_BYTES, IMAGE_MIN_WIDTH } from '@/lib/media/sizes';
import { sendImage as send } from '@/lib/media/send-image';
import { fallbackWidth, imageUrl } from '@/lib/media/urls';
import { CharCounter } from './CharCounter';
import { FieldError } from './FieldError';

export type TFormImage = { id: string; width: number; height: number };

type TProps = {
  image: TFormImage | null;
  onImageChange: (image: TFormImage | null) => void;
  alt: string;
  onAltChange: (value: string) => void;
  caption: string;
  onCaptionChange: (value: string) => void;
  credit: string;
  onCreditChange: (value: string) => void;
  errors: Record<string, string | undefined>;
  /** The ids the form's error list links to. */
  fileInputId: string;
  altInputId: string;
  errorId: (name: string) => string;
};

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif';
const MAX_MB = IMAGE_MAX_BYTES / (1024 * 1024);

const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

const ALT_HINT =
  'Ce que montre l’image, pour les lecteurs qui ne la voient pas («\u00a0Des pirogues au retour de la pêche à Kayar\u00a0»). Obligatoire pour soumettre ou publier.';

export function ImageField(props: TProps) {
  const { image, alt, caption, credit, errors } = props;
  const baseId = useId();
  const hintId = `${baseId}-aide`;
  const statusId = `${baseId}-etat`;
  const captionId = `${baseId}-legende`;
  const creditId = `${baseId}-credit`;
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  /** Where the focus goes once the next render is drawn (the field it names may only appear then). */
  const focusNext = useRef<'alt' | 'file' | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    (target === 'alt' ? document.getElementById(props.altInputId) : fileRef.current)?.focus();
  });
  const hadWords = alt.trim() !== '' || caption.trim() !== '';

  async function choose(file: File | undefined) {
    if (!file) return;
    setProblem(null);
    setSending(true);
    setStatus('Envoi de l’image…');
    let sent = false;
    try {
      props.onImageChange(await send(file));
      sent = true;
      setStatus(
        hadWords
          ? 'Image remplacée. Vérifiez le texte alternatif et la légende\u00a0: ils décrivaient l’image précédente. Enregistrez l’article pour la garder.'
          : 'Image reçue. Décrivez-la, puis enregistrez l’article pour la garder.',
      );
    } catch (error) {
      setProblem((error as Error).message);
      setStatus('');
    } finally {
      setSending(false);
      if (fileRef.current) fileRef.current.value = '';
      // The file field was disabled while sending: the focus goes where the next step is, once drawn.
      focusNext.current = sent ? 'alt' : 'file';
    }
  }

  function remove() {
    // The words described the picture that goes: they go with it (the server keeps none without a picture).
    props.onImageChange(null);
    props.onAltChange('');
    props.onCaptionChange('');
    props.onCreditChange('');
    setProblem(null);
    setStatus('Image retirée, avec son texte alternatif, sa légende et son crédit. Enregistrez l’article pour confirmer.');
    focusNext.current = 'file';
  }

  const fileError = problem ?? errors.image;
  return (
    <section className="panel image-field" aria-labelledby={`${baseId}-titre`}>
      <h2 id={`${baseId}-titre`}>Image principale</h2>
      <input type="hidden" name="imageId" value={image?.id ?? ''} />
      {image ? (
        <figure className="image-field-preview">
          {/* eslint-disable-next-line @next/next/no-img-element -- a stored picture at a fixed width, no optimiser needed */}
          <img
            src={imageUrl(image.id, fallbackWidth(image, 400))}
            alt={alt || 'Image principale (sans texte alternatif)'}
            width={image.width}
            height={image.height}
          />
          <figcaption>
            {image.width}
            {'\u00a0'}×{'\u00a0'}
            {image.height}
            {'\u00a0'}pixels
          </figcaption>
        </figure>
      ) : (
        <p className="field-hint">Aucune image. Elle s’affiche en tête de l’article, sur sa vignette et quand l’article est partagé.</p>
      )}
      <div className="field">
        <label htmlFor={props.fileInputId}>{image ? 'Remplacer l’image' : 'Choisir une image'}</label>
        <input
          ref={fileRef}
          type="file"
          id={props.fileInputId}
          accept={ACCEPT}
          disabled={sending}
          onChange={(event) => void choose(event.target.files?.[0])}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy(hintId, fileError && props.errorId('image'))}
        />
        <p id={hintId} className="field-hint">
          JPEG, PNG, WebP ou AVIF, {IMAGE_MIN_WIDTH}
          {'\u00a0'}pixels de large au moins, {MAX_MB}
          {'\u00a0'}Mo au plus. Ses métadonnées (position GPS, appareil) sont retirées à l’envoi.
        </p>
        <p id={statusId} className="field-hint image-field-status" role="status">
          {status}
        </p>
        {fileError ? (
          <p id={props.errorId('image')} className="field-error" role="alert">
            {fileError}
          </p>
        ) : null}
      </div>
      {image ? (
        <>
          <div className="field">
            <label htmlFor={props.altInputId}>Texte alternatif</label>
            <input
              type="text"
              id={props.altInputId}
              name="imageAlt"
              value={alt}
              onChange={(event) => props.onAltChange(event.target.value)}
              aria-invalid={errors.imageAlt ? true : undefined}
              aria-describedby={describedBy(
                `${props.altInputId}-aide`,
                `${props.altInputId}-compteur`,
                errors.imageAlt && props.errorId('imageAlt'),
              )}
              lang="fr"
              spellCheck
            />
            <p id={`${props.altInputId}-aide`} className="field-hint">
              {ALT_HINT}
            </p>
            <CharCounter id={`${props.altInputId}-compteur`} length={alt.length} max={IMAGE_ALT_MAX} />
            <FieldError id={props.errorId('imageAlt')} message={errors.imageAlt} />
          </div>
          <div className="field">
            <label htmlFor={captionId}>Légende</label>
            <textarea
              id={captionId}
              name="imageCaption"
              rows={2}
              value={caption}
              onChange={(event) => props.onCaptionChange(event.target.value)}
              aria-invalid={errors.imageCaption ? true : undefined}
              aria-describedby={describedBy(`${captionId}-compteur`, errors.imageCaption && props.errorId('imageCaption'))}
              lang="fr"
              spellCheck
            />
            <CharCounter id={`${captionId}-compteur`} length={caption.length} max={IMAGE_CAPTION_MAX} />
            <FieldError id={props.errorId('imageCaption')} message={errors.imageCaption} />
          </div>
          <div className="field">
            <label htmlFor={creditId}>Crédit</label>
            <input
              type="text"
              id={creditId}
              name="imageCredit"
              value={credit}
              onChange={(event) => props.onCreditChange(event.target.value)}
              placeholder={`Photo\u00a0: Nom / Agence`}
              aria-invalid={errors.imageCredit ? true : undefined}
              aria-describedby={describedBy(`${creditId}-compteur`, errors.imageCredit && props.errorId('imageCredit'))}
            />
            <CharCounter id={`${creditId}-compteur`} length={credit.length} max={IMAGE_CREDIT_MAX} />
            <FieldError id={props.errorId('imageCredit')} message={errors.imageCredit} />
          </div>
          <button type="button" className="button button-quiet" onClick={remove} disabled={sending}>
            Retirer l’image
          </button>
        </>
      ) : null}
    </section>
  );
}
