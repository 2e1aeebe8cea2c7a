'use client';

/**
 * « Réglages du site »: the site's identity (name, line, logo, default social image, public address,
 * time zone, « mentions légales »), sent whole to `saveSiteIdentityAction`. Refused fields are named
 * beside them and everything typed stays in the form; pictures are checked on the server as strictly
 * as a story's (lib/media). `data-ready` says React has taken the form over (the e2e specs wait for it).
 */
import { startTransition, useActionState, useState, useSyncExternalStore, type FormEvent } from 'react';
import type { TActionState } from '@/lib/actions/action-result';
import { saveSiteIdentityAction } from '@/lib/actions/site-identity-actions';
import { LOGO_MAX_BYTES, SOCIAL_IMAGE_FORM_MAX_BYTES } from '@/lib/media/sizes';
import { LEGAL_MAX, SITE_NAME_MAX, SOCIAL_ALT_MAX, TAGLINE_MAX } from '@/lib/validation/site-identity';
import { FieldError } from './FieldError';

export type TSiteSettingsValues = {
  name: string;
  tagline: string;
  publicUrl: string;
  timeZone: string;
  legalPublisher: string;
  legalDirector: string;
  legalHost: string;
  socialImageAlt: string;
  logo: { src: string; width: number; height: number } | null;
  socialImage: { src: string; width: number; height: number } | null;
};

const errorId = (name: string) => `reglages-${name}-erreur`;
const noSubscription = () => () => {};

export function SiteSettingsForm({ values, timeZones }: { values: TSiteSettingsValues; timeZones: string[] }) {
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [state, formAction, pending] = useActionState<TActionState, FormData>(saveSiteIdentityAction, { ok: false });
  const [tooLarge, setTooLarge] = useState<Record<string, string>>({});
  const errors = { ...(state.fieldErrors ?? {}), ...tooLarge };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    // Above the form's limit the server would refuse the whole request without a word: said here first.
    const large: Record<string, string> = {};
    const logo = data.get('logo');
    if (logo instanceof File && logo.size > LOGO_MAX_BYTES)
      large.logo = `Le logo pèse plus de ${LOGO_MAX_BYTES / 1024}\u00a0Ko, le maximum.`;
    const social = data.get('socialImage');
    if (social instanceof File && social.size > SOCIAL_IMAGE_FORM_MAX_BYTES)
      large.socialImage = `L’image de partage pèse plus de ${Math.round(SOCIAL_IMAGE_FORM_MAX_BYTES / 1024)}\u00a0Ko\u00a0: exportez-la en JPEG de 1200\u00a0pixels de large.`;
    setTooLarge(large);
    if (Object.keys(large).length > 0) return;
    startTransition(() => formAction(data));
  };

  const text = (name: keyof TSiteSettingsValues, label: string, hint: string, max: number, multiline = false) => {
    const value = values[name] as string;
    const described = [hint ? `reglages-${name}-aide` : '', errors[name] ? errorId(name) : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field">
        <label htmlFor={`reglages-${name}`}>{label}</label>
        {hint ? (
          <p className="field-hint" id={`reglages-${name}-aide`}>
            {hint}
          </p>
        ) : null}
        {multiline ? (
          <textarea
            id={`reglages-${name}`}
            name={name}
            defaultValue={value}
            maxLength={max}
            rows={3}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={described}
          />
        ) : (
          <input
            id={`reglages-${name}`}
            name={name}
            type="text"
            defaultValue={value}
            maxLength={max}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={described}
          />
        )}
        <FieldError id={errorId(name)} message={errors[name]} />
      </div>
    );
  };

  return (
    <form className="site-settings" action={formAction} onSubmit={submit} data-ready={ready ? '' : undefined}>
      <section className="panel" aria-labelledby="reglages-identite">
        <h2 id="reglages-identite">Identité</h2>
        {text('name', 'Nom du site', '', SITE_NAME_MAX)}
        {text(
          'tagline',
          'Devise',
          'La ligne sous le nom, en tête de toutes les pages et en description de la page d’accueil.',
          TAGLINE_MAX,
        )}
        <div className="field">
          <label htmlFor="reglages-logo">Logo (PNG ou SVG)</label>
          <p className="field-hint" id="reglages-logo-aide">
            Affiché en tête des pages et donné aux moteurs de recherche comme logo de l’éditeur. PNG de 112{'\u00a0'}pixels de côté au
            moins, ou SVG sans script ni lien (il est converti en PNG){'\u00a0'}; {LOGO_MAX_BYTES / 1024}
            {'\u00a0'}Ko au plus.
          </p>
          {values.logo ? (
            <p className="settings-picture">
              {/* eslint-disable-next-line @next/next/no-img-element -- a stored picture at its own address */}
              <img src={values.logo.src} alt="Logo actuel" height={48} width={Math.round((48 * values.logo.width) / values.logo.height)} />
              <label>
                <input type="checkbox" name="removeLogo" value="1" /> Retirer le logo (le nom s’affiche en texte)
              </label>
            </p>
          ) : null}
          <input
            id="reglages-logo"
            name="logo"
            type="file"
            accept="image/png,image/svg+xml"
            aria-invalid={errors.logo ? true : undefined}
            aria-describedby={['reglages-logo-aide', errors.logo ? errorId('logo') : ''].filter(Boolean).join(' ')}
          />
          <FieldError id={errorId('logo')} message={errors.logo} />
        </div>
      </section>
      <section className="panel" aria-labelledby="reglages-partage">
        <h2 id="reglages-partage">Image de partage par défaut</h2>
        <div className="field">
          <label htmlFor="reglages-socialImage">Image (JPEG, PNG ou WebP)</label>
          <p className="field-hint" id="reglages-socialImage-aide">
            Montrée par les réseaux sociaux pour les pages et les articles sans image. 1200{'\u00a0'}×{'\u00a0'}630{'\u00a0'}pixels
            conseillés, {Math.round(SOCIAL_IMAGE_FORM_MAX_BYTES / 1024)}
            {'\u00a0'}Ko au plus.
          </p>
          {values.socialImage ? (
            <p className="settings-picture">
              {/* eslint-disable-next-line @next/next/no-img-element -- a stored picture at its own address */}
              <img
                src={values.socialImage.src}
                alt="Image de partage actuelle"
                width={240}
                height={Math.round((240 * values.socialImage.height) / values.socialImage.width)}
              />
              <label>
                <input type="checkbox" name="removeSocialImage" value="1" /> Retirer l’image de partage
              </label>
            </p>
          ) : null}
          <input
            id="reglages-socialImage"
            name="socialImage"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-invalid={errors.socialImage ? true : undefined}
            aria-describedby={['reglages-socialImage-aide', errors.socialImage ? errorId('socialImage') : ''].filter(Boolean).join(' ')}
          />
          <FieldError id={errorId('socialImage')} message={errors.socialImage} />
        </div>
        {text(
          'socialImageAlt',
          'Ce que montre l’image de partage',
          'Pour les lecteurs qui ne la voient pas. Obligatoire avec une image.',
          SOCIAL_ALT_MAX,
        )}
      </section>
      <section className="panel" aria-labelledby="reglages-adresse">
        <h2 id="reglages-adresse">Adresse et heure</h2>
        {text(
          'publicUrl',
          'Adresse publique du site',
          'Par exemple «\u00a0https://www.dakarinfo.fr\u00a0». Vide\u00a0: l’adresse donnée au serveur (SITE_URL ou NEXTAUTH_URL).',
          200,
        )}
        <div className="field">
          <label htmlFor="reglages-timeZone">Fuseau horaire des dates affichées</label>
          <select
            id="reglages-timeZone"
            name="timeZone"
            defaultValue={values.timeZone}
            aria-invalid={errors.timeZone ? true : undefined}
            aria-describedby={errors.timeZone ? errorId('timeZone') : undefined}
          >
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <FieldError id={errorId('timeZone')} message={errors.timeZone} />
        </div>
      </section>
      <section className="panel" aria-labelledby="reglages-mentions">
        <h2 id="reglages-mentions">Mentions légales</h2>
        <p className="field-hint">
          Publiées sur la page <a href="/mentions-legales">Mentions légales</a>, liée depuis le pied de toutes les pages. Une information
          par ligne.
        </p>
        {text('legalPublisher', 'Éditeur', 'Raison sociale, forme, capital, siège, RCS, contact.', LEGAL_MAX, true)}
        {text('legalDirector', 'Directeur ou directrice de la publication', '', LEGAL_MAX, true)}
        {text('legalHost', 'Hébergeur', 'Nom, adresse et téléphone de l’hébergeur.', LEGAL_MAX, true)}
      </section>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Enregistrement…' : 'Enregistrer les réglages'}
      </button>
      {state.message ? (
        <p className={`notice ${state.ok ? 'notice-success' : 'notice-error'}`} role={state.ok ? 'status' : 'alert'}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
