import type { TShownVersion, TUpdateDiff } from '@/lib/data/get-update-diff';
import { diffWords, foldUnchanged } from '@/lib/content/diff';
import { UPDATE_KIND_LABEL } from '@/lib/content/update-kinds';
import { formatDateTime, toIsoString } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';
import { RevisionDiff } from '../admin/RevisionDiff';

const FIELDS = [
  { name: 'title', label: 'Titre' },
  { name: 'chapo', label: 'Chapô' },
  { name: 'body', label: 'Texte' },
] as const;

/**
 * « Voir ce qui a changé »: an entry (its kind, time and note), then the story's title, chapô and
 * body before and after it as a word diff, and its picture named. Every part is plain text React
 * escapes: Markdown shows as typed.
 */
export function PublicDiff({ diff }: { diff: TUpdateDiff }) {
  const { entry, before, after } = diff;
  return (
    <article className="public-diff">
      <header className="page-header">
        <h1>Ce qui a changé</h1>
        <p className="page-intro">
          <a href={diff.story.href}>{applyFrenchTypography(diff.story.title)}</a>
        </p>
      </header>
      <section className={`public-diff-entry public-diff-entry-${entry.kind.toLowerCase()}`} aria-labelledby="mention">
        <h2 id="mention" className="visually-hidden">
          La mention
        </h2>
        <p>
          <strong>{UPDATE_KIND_LABEL[entry.kind]}</strong> le{' '}
          <time dateTime={toIsoString(entry.createdAt)}>{formatDateTime(entry.createdAt)}</time>
          {'\u00a0'}: {applyFrenchTypography(entry.note)}
        </p>
      </section>
      {diff.redacted ? (
        <p className="notice public-diff-redacted" role="note">
          Un passage a été retiré de cette page pour raison juridique{'\u00a0'}: il est remplacé par «{'\u00a0'}[passage retiré pour raison
          juridique]{'\u00a0'}».
        </p>
      ) : null}
      {diff.choice === 'diff' && before && after ? (
        <DiffBody before={before} after={after} />
      ) : (
        <p className="notice">
          {diff.choice === 'first'
            ? 'Aucune version publiée avant cette mention n’est conservée\u00a0: il n’y a pas de texte antérieur à comparer.'
            : 'Cette mention ne s’accompagne d’aucune modification du texte de l’article.'}
        </p>
      )}
      <p>
        <a href={diff.story.href}>Lire l’article dans sa version actuelle</a> ·{' '}
        <a href="/mises-a-jour">Toutes les mises à jour et corrections</a>
      </p>
    </article>
  );
}

function DiffBody({ before, after }: { before: TShownVersion; after: TShownVersion }) {
  return (
    <section aria-labelledby="comparaison">
      <h2 id="comparaison">Le texte avant et après</h2>
      <p className="public-diff-legend">
        Version du <time dateTime={toIsoString(before.createdAt)}>{formatDateTime(before.createdAt)}</time> comparée à celle du{' '}
        <time dateTime={toIsoString(after.createdAt)}>{formatDateTime(after.createdAt)}</time>. <del className="diff-removed">Barré</del>
        {'\u00a0'}: retiré{'\u202f'}; <ins className="diff-added">souligné</ins>
        {'\u00a0'}: ajouté{'\u202f'}; «{'\u00a0'}[…]{'\u00a0'}»{'\u00a0'}: passage inchangé abrégé.
      </p>
      <PictureChange before={before} after={after} />
      {FIELDS.map(({ name, label }) => {
        const changed = before[name] !== after[name];
        const parts = diffWords(before[name], after[name]);
        return (
          <div key={name} className="public-diff-field">
            <h3>
              {label}
              {changed ? null : ' — inchangé'}
            </h3>
            {changed ? (
              <RevisionDiff parts={name === 'body' ? foldUnchanged(parts) : parts} />
            ) : name === 'body' ? null : (
              <RevisionDiff parts={parts} />
            )}
          </div>
        );
      })}
    </section>
  );
}

function PictureChange({ before, after }: { before: TShownVersion; after: TShownVersion }) {
  const a = before.picture;
  const b = after.picture;
  if (a?.id === b?.id && a?.name === b?.name) return null;
  return (
    <div className="public-diff-field">
      <h3>Image principale</h3>
      <p>
        {a ? (
          <>
            Avant{'\u00a0'}: «{'\u00a0'}
            {applyFrenchTypography(a.name)}
            {'\u00a0'}».{' '}
          </>
        ) : (
          <>Avant{'\u00a0'}: aucune image. </>
        )}
        {b ? (
          <>
            Après{'\u00a0'}: «{'\u00a0'}
            {applyFrenchTypography(b.name)}
            {'\u00a0'}».
          </>
        ) : (
          <>Après{'\u00a0'}: aucune image.</>
        )}
      </p>
    </div>
  );
}
