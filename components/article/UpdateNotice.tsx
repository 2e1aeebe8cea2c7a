import type { TPublicUpdate } from '@/lib/data/get-published-article';
import { formatDateTime, toIsoString } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';

const KIND_LABEL: Record<TPublicUpdate['kind'], string> = {
  MISE_A_JOUR: 'Mise à jour',
  CORRECTION: 'Correction',
  PRECISION: 'Précision',
};

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
        <strong>{KIND_LABEL[latest.kind]}</strong> le{' '}
        <time dateTime={toIsoString(latest.createdAt)}>{formatDateTime(latest.createdAt)}</time>
        {'\u00a0'}: {applyFrenchTypography(latest.note)}
      </p>
      {earlier.length > 0 ? (
        <details>
          <summary>Modifications précédentes ({earlier.length})</summary>
          <ul>
            {earlier.map((update) => (
              <li key={update.createdAt.toISOString()}>
                <strong>{KIND_LABEL[update.kind]}</strong> le{' '}
                <time dateTime={toIsoString(update.createdAt)}>{formatDateTime(update.createdAt)}</time>
                {'\u00a0'}: {applyFrenchTypography(update.note)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
