'use client';

/**
 * The « Classement » panel: the story's rubrique, its address (slug) with the public address it
 * leads to, and, for editors, its place on the Manchettes.
 */
import type { Dispatch, SetStateAction } from 'react';
import type { Placement } from '@/lib/generated/prisma/enums';
import { FieldError } from '../FieldError';
import { publicAddress, suggestSlug } from './address';
import { describedBy, type TFormIds } from './form-ids';
import type { TArticleFormProps } from './types';

const PLACEMENTS: { value: Placement; label: string; hint: string }[] = [
  {
    value: 'NONE',
    label: 'Aucune',
    hint: 'Pas de mise en avant\u00a0: l’article figure dans les dernières nouvelles, le bloc de sa rubrique et sa rubrique, à sa date.',
  },
  { value: 'TOP', label: 'À la une', hint: 'Parmi les titres de la une.' },
  { value: 'LEAD', label: 'Manchette principale', hint: 'Le grand titre en tête de la page d’accueil.' },
];

type TClassementPanelProps = {
  ids: TFormIds;
  errors: Record<string, string>;
  rubriques: TArticleFormProps['rubriques'];
  rubriqueId: string;
  onRubriqueIdChange: (rubriqueId: string) => void;
  slug: string;
  onSlugChange: Dispatch<SetStateAction<string>>;
  placement: Placement;
  onPlacementChange: (placement: Placement) => void;
  canPublish: boolean;
  /** Published once: changing the address redirects the old one. */
  wasPublished: boolean;
  online: boolean;
  publicUrl?: string;
  /** The story that is « Manchette principale » now (editors), and this story's id. */
  currentLead?: TArticleFormProps['currentLead'];
  articleId?: string;
};

export function ClassementPanel(props: TClassementPanelProps) {
  const {
    ids,
    errors,
    rubriques,
    rubriqueId,
    onRubriqueIdChange,
    slug,
    onSlugChange,
    placement,
    onPlacementChange,
    canPublish,
    wasPublished,
    online,
    publicUrl,
    currentLead,
    articleId,
  } = props;
  const rubriqueSlug = rubriques.find((r) => r.id === rubriqueId)?.slug;
  const futureUrl = publicAddress(rubriqueSlug, slug);

  return (
    <section className="panel" aria-labelledby={ids.classement}>
      <h2 id={ids.classement}>Classement</h2>
      <div className="field">
        <label htmlFor={ids.rubriqueId}>Rubrique</label>
        <select
          id={ids.rubriqueId}
          name="rubriqueId"
          value={rubriqueId}
          onChange={(event) => onRubriqueIdChange(event.target.value)}
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
          onChange={(event) => onSlugChange(event.target.value)}
          // Words become an address as soon as the field is left (« L’été à Dakar » → l-ete-a-dakar).
          onBlur={() => onSlugChange(suggestSlug)}
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
                onChange={() => onPlacementChange(option.value)}
                aria-describedby={`${ids.placement}-${option.value}-aide`}
              />
              <label htmlFor={`${ids.placement}-${option.value}`}>{option.label}</label>
              <span id={`${ids.placement}-${option.value}-aide`} className="field-hint">
                {option.hint}
                {option.value === 'LEAD' && currentLead && currentLead.id !== articleId
                  ? ` Aujourd’hui\u00a0: «\u00a0${currentLead.title}\u00a0», qui passera en tête des titres «\u00a0À la une\u00a0» quand celui-ci sera en ligne à sa place.`
                  : null}
              </span>
            </div>
          ))}
          <FieldError id={ids.error('placement')} message={errors.placement} />
        </fieldset>
      ) : null}
    </section>
  );
}
