import type { TReportOutcome } from '@/lib/data/error-reports';
import { applyFrenchTypography } from '@/lib/french/typography';
import { ReportForm } from './ReportForm';

export function ReportOutcome({ outcome }: { outcome: TReportOutcome }) {
  const story = outcome.story;
  return (
    <main id="contenu" className="page report-outcome">
      <header className="page-header">
        <h1>{outcome.kind === 'sent' ? 'Merci pour votre signalement' : 'Signalement non envoyé'}</h1>
        {story ? (
          <p className="page-intro">
            À propos de <a href={story.href}>{applyFrenchTypography(story.title)}</a>
          </p>
        ) : null}
      </header>
      {outcome.kind === 'sent' ? (
        <>
          <p className="report-sent" role="status">
            Votre signalement a bien été transmis à la rédaction, qui va le vérifier. Si l’article est corrigé, la correction sera indiquée
            en tête de l’article et dans <a href="/mises-a-jour">Mises à jour et corrections</a>.
          </p>
          {story ? <p>{<a href={story.href}>Revenir à l’article</a>}</p> : null}
        </>
      ) : (
        <>
          <p className="report-refused" role="alert">
            {outcome.message}
          </p>
          {story ? (
            <ReportForm articleId={story.id} kept={outcome.kept} errors={outcome.errors} open />
          ) : (
            <p>
              <a href="/">Revenir à l’accueil</a>
            </p>
          )}
        </>
      )}
    </main>
  );
}
