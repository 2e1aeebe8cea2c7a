import { REPORT_FIELDS, REPORT_LIMITS, type TFieldErrors, type TReportFields } from '@/lib/validation/error-report';

const EMPTY: TReportFields = { passage: '', problem: '', source: '', email: '' };

/**
 * « Signaler une erreur », at the end of every story: a plain form (no script) that posts to
 * /api/signalements. After a refusal the same form comes back with the reader's text and the errors.
 * `site` is a honeypot: hidden from people (and from screen readers), filled in by robots.
 */
export function ReportForm({
  articleId,
  kept = EMPTY,
  errors = {},
  open = false,
}: {
  articleId: string;
  kept?: TReportFields;
  errors?: TFieldErrors;
  /** Shown unfolded (after a refusal). */
  open?: boolean;
}) {
  const described = (name: keyof TReportFields, hint?: string) =>
    [errors[name] ? `signaler-${name}-erreur` : null, hint ?? null].filter(Boolean).join(' ') || undefined;
  const error = (name: keyof TReportFields) =>
    errors[name] ? (
      <p id={`signaler-${name}-erreur`} className="report-error">
        {errors[name]}
      </p>
    ) : null;
  return (
    <details className="report-form" id="signaler" open={open || undefined}>
      <summary>Signaler une erreur</summary>
      <form action="/api/signalements" method="post">
        <p className="report-intro">
          Une erreur dans cet article{'\u00a0'}? Dites-nous laquelle. Votre adresse électronique, si vous la donnez, ne sert qu’à vous
          répondre et n’est jamais publiée.
        </p>
        <input type="hidden" name={REPORT_FIELDS.article} value={articleId} />
        <div className="report-field">
          <label htmlFor="signaler-passage">Le passage en cause</label>
          <textarea
            id="signaler-passage"
            name={REPORT_FIELDS.passage}
            rows={2}
            maxLength={REPORT_LIMITS.passage}
            required
            defaultValue={kept.passage}
            aria-invalid={errors.passage ? true : undefined}
            aria-describedby={described('passage')}
          />
          {error('passage')}
        </div>
        <div className="report-field">
          <label htmlFor="signaler-problem">Ce qui est inexact, et pourquoi</label>
          <textarea
            id="signaler-problem"
            name={REPORT_FIELDS.problem}
            rows={4}
            maxLength={REPORT_LIMITS.problem}
            required
            defaultValue={kept.problem}
            aria-invalid={errors.problem ? true : undefined}
            aria-describedby={described('problem')}
          />
          {error('problem')}
        </div>
        <div className="report-field">
          <label htmlFor="signaler-source">Lien vers une source (facultatif)</label>
          <input
            id="signaler-source"
            name={REPORT_FIELDS.source}
            type="url"
            maxLength={REPORT_LIMITS.source}
            placeholder="https://"
            defaultValue={kept.source}
            aria-invalid={errors.source ? true : undefined}
            aria-describedby={described('source')}
          />
          {error('source')}
        </div>
        <div className="report-field">
          <label htmlFor="signaler-email">Votre adresse électronique, pour une réponse (facultatif)</label>
          <input
            id="signaler-email"
            name={REPORT_FIELDS.email}
            type="email"
            maxLength={REPORT_LIMITS.email}
            autoComplete="email"
            defaultValue={kept.email}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={described('email')}
          />
          {error('email')}
        </div>
        <div className="report-trap" aria-hidden="true">
          <label htmlFor="signaler-site">Ne remplissez pas ce champ</label>
          <input id="signaler-site" name={REPORT_FIELDS.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button type="submit" className="button">
          Envoyer le signalement
        </button>
      </form>
    </details>
  );
}
