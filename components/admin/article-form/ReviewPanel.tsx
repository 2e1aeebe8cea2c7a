'use client';

/**
 * The « Relecture » panel, for editors on a story in review: send it back to its author as a
 * draft, with the reason they see when they open it (required).
 */
import { FieldError } from '../FieldError';
import type { TFormIds } from './form-ids';

type TReviewPanelProps = { ids: TFormIds; errors: Record<string, string>; isPending: boolean };

export function ReviewPanel({ ids, errors, isPending }: TReviewPanelProps) {
  return (
    <section className="panel" aria-labelledby={ids.review}>
      <h2 id={ids.review}>Relecture</h2>
      <p className="field-hint">
        À reprendre avant publication ? L’article revient au brouillon, et son auteur voit votre motif en l’ouvrant.
      </p>
      <div className="field">
        <label htmlFor={ids.returnNote}>Motif du renvoi</label>
        <textarea
          id={ids.returnNote}
          name="returnNote"
          rows={4}
          maxLength={1000}
          aria-required
          aria-invalid={errors.returnNote ? true : undefined}
          aria-describedby={errors.returnNote ? ids.error('returnNote') : undefined}
        />
        <FieldError id={ids.error('returnNote')} message={errors.returnNote} />
      </div>
      <button type="submit" name="intent" value="return" className="button button-quiet" disabled={isPending}>
        Renvoyer en brouillon
      </button>
    </section>
  );
}
