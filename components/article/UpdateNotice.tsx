import type { TPublicUpdate } from '@/lib/data/get-published-article';
import { UPDATE_KIND_LABEL, updateDiffHref } from '@/lib/content/update-kinds';
import { formatDateTime, toIsoString } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';

/** One entry: its kind, time and note, and the link to what it changed. */
function UpdateLine({ update }: { update: TPublicUpdate }) {
  return (
    <>
      <strong>{UPDATE_KIND_LABEL[update.kind]}</strong> le{' '}
      <time dateTime={toIsoString(update.createdAt)}>{formatDateTime(update.createdAt)}</time>
      {'\u00a0'}: {applyFrenchTypography(update.note)} <a href={updateDiffHref(update.id)}>Voir ce qui a changé</a>
    </>
  );
}

/** « Cette histoire a été mise à jour. », the time and note of the latest entry, then the earlier ones. */
export function UpdateNotice({ updates }: { updates: TPublicUpdate[] }) {
  const [latest, ...earlier] = updates;
  if (!latest) return null;
  return (
    <section className="update-notice" aria-labelledby="maj-titre">
      <h2 id="maj-titre" className="update-notice-title">
        Cette histoire a été mise à jour.
      </h2>
      <p>
        <UpdateLine update={latest} />
      </p>
      {earlier.length > 0 ? (
        <details>
          <summary>Modifications précédentes ({earlier.length})</summary>
          <ul>
            {earlier.map((update) => (
              <li key={update.id}>
                <UpdateLine update={update} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/**
 * A correction (an error of fact) is told where the reader starts: at the top of the story, above
 * the chapô, as well as in the update notice. « Mise à jour » and « précision » stay below.
 */
export function CorrectionNotice({ updates }: { updates: TPublicUpdate[] }) {
  const corrections = updates.filter((update) => update.kind === 'CORRECTION');
  if (corrections.length === 0) return null;
  return (
    <aside className="correction-notice" aria-label={corrections.length > 1 ? 'Corrections' : 'Correction'}>
      <ul>
        {corrections.map((update) => (
          <li key={update.id}>
            <UpdateLine update={update} />
          </li>
        ))}
      </ul>
    </aside>
  );
}
