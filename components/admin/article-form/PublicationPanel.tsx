'use client';

/**
 * The « Publication programmée » panel, for editors on a story not yet online: the date and time
 * (Paris) it will go online by itself, and the date already set.
 */
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { formatDateTime } from '@/lib/french/dates';
import { FieldError } from '../FieldError';
import { describedBy, type TFormIds } from './form-ids';
import { scheduledDate } from './schedule';

type TPublicationPanelProps = {
  ids: TFormIds;
  errors: Record<string, string>;
  isPending: boolean;
  status: ArticleStatus;
  /** The field's value. */
  scheduledAt: string;
  onScheduledAtChange: (value: string) => void;
  /** The field's value when last saved: the date the story is scheduled for. */
  savedScheduledAt: string;
};

export function PublicationPanel({
  ids,
  errors,
  isPending,
  status,
  scheduledAt,
  onScheduledAtChange,
  savedScheduledAt,
}: TPublicationPanelProps) {
  const scheduledFor = scheduledDate(savedScheduledAt);
  return (
    <section className="panel" aria-labelledby={ids.publication}>
      <h2 id={ids.publication}>Publication programmée</h2>
      {status === 'SCHEDULED' && scheduledFor ? (
        <p className="notice notice-info">Publication programmée le {formatDateTime(scheduledFor)}.</p>
      ) : null}
      <div className="field">
        <label htmlFor={ids.scheduledAt}>Programmer la publication le</label>
        <input
          type="datetime-local"
          id={ids.scheduledAt}
          name="scheduledAt"
          value={scheduledAt}
          onChange={(event) => onScheduledAtChange(event.target.value)}
          aria-invalid={errors.scheduledAt ? true : undefined}
          aria-describedby={describedBy(ids.scheduledHint, errors.scheduledAt && ids.error('scheduledAt'))}
        />
        <p id={ids.scheduledHint} className="field-hint">
          Heure de Paris. L’article sera publié automatiquement à cette date.
        </p>
        <FieldError id={ids.error('scheduledAt')} message={errors.scheduledAt} />
      </div>
      <button type="submit" name="intent" value="schedule" className="button button-quiet" disabled={isPending}>
        Programmer
      </button>
    </section>
  );
}
