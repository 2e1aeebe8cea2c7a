import type { Metadata } from 'next';
import { ActionForm } from '@/components/admin/ActionForm';
import { AlertTextField } from '@/components/admin/AlertTextField';
import { endAlertAction, raiseAlertAction } from '@/lib/actions/alert-actions';
import { requirePageUser } from '@/lib/auth/session';
import { ALERT_DEFAULT_MINUTES, ALERT_MAX_LENGTH, findAlertTargets, findRecentAlerts } from '@/lib/data/alerts';
import { formatDateTime, toParisInputValue } from '@/lib/french/dates';

export const metadata: Metadata = { title: 'Alerte info' };

/** « Alerte info »: raise the band shown on every readers' page, end it, and the latest ones. */
export default async function AlertAdminPage() {
  const user = await requirePageUser('/admin/alerte', ['EDITOR', 'ADMIN']);
  const [alerts, targets] = await Promise.all([findRecentAlerts(user), findAlertTargets(user)]);
  const now = new Date();
  const current = alerts.find((alert) => alert.endedAt === null && alert.endsAt.getTime() > now.getTime()) ?? null;
  const defaultEnd = toParisInputValue(new Date(now.getTime() + ALERT_DEFAULT_MINUTES * 60_000));
  return (
    <>
      <h1>Alerte info</h1>
      <p className="field-hint">
        Un bandeau en tête de toutes les pages du site, partout en moins d’une seconde, jusqu’à l’heure de fin. Une seule alerte à la fois :
        en lancer une nouvelle remplace l’actuelle. Les applications la relaient depuis <a href="/alerte.json">/alerte.json</a>.
      </p>
      <section className="panel" aria-labelledby="alerte-actuelle">
        <h2 id="alerte-actuelle">En ce moment</h2>
        {current ? (
          <>
            <p className="alert-preview">
              <strong>ALERTE INFO</strong> · {formatDateTime(current.startsAt)} · {current.text}
            </p>
            <p className="field-hint">
              Lancée par {current.author ?? 'un compte supprimé'}, jusqu’au {formatDateTime(current.endsAt)}
              {current.article
                ? `, vers «\u00a0${current.article.title}\u00a0»${current.href ? '' : ' (hors ligne\u00a0: sans lien)'}`
                : ''}
              .
            </p>
            <ActionForm
              action={endAlertAction}
              submitLabel="Terminer l’alerte maintenant"
              pendingLabel="Fin de l’alerte…"
              buttonClassName="button button-danger"
              confirm={'Retirer l’alerte de toutes les pages du site maintenant\u00a0?'}
            >
              <input type="hidden" name="id" value={current.id} />
            </ActionForm>
          </>
        ) : (
          <p>Aucune alerte en cours.</p>
        )}
      </section>
      <section className="panel" aria-labelledby="alerte-nouvelle">
        <h2 id="alerte-nouvelle">{current ? 'Remplacer par une nouvelle alerte' : 'Lancer une alerte'}</h2>
        <ActionForm action={raiseAlertAction} submitLabel="Lancer l’alerte" pendingLabel="Lancement…" resetOnSuccess>
          <AlertTextField max={ALERT_MAX_LENGTH} />
          <div className="field">
            <label htmlFor="alerte-article">Article lié (facultatif)</label>
            <select id="alerte-article" name="articleId" defaultValue="">
              <option value="">Aucun lien</option>
              {targets.map((story) => (
                <option key={story.id} value={story.id}>
                  {story.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="alerte-fin">Fin de l’alerte</label>
            <input id="alerte-fin" name="endsAt" type="datetime-local" defaultValue={defaultEnd} aria-describedby="alerte-fin-aide" />
            <p id="alerte-fin-aide" className="field-hint">
              Heure de Paris. Par défaut dans deux heures ; au plus 48 heures.
            </p>
          </div>
        </ActionForm>
      </section>
      {alerts.length > 0 ? (
        <section className="panel" aria-labelledby="alertes-recentes">
          <h2 id="alertes-recentes">Dernières alertes</h2>
          <ul>
            {alerts.map((alert) => (
              <li key={alert.id}>
                {formatDateTime(alert.startsAt)} · {alert.text} —{' '}
                {alert.endedAt
                  ? `terminée le ${formatDateTime(alert.endedAt)}`
                  : alert.endsAt.getTime() > now.getTime()
                    ? `en cours jusqu’au ${formatDateTime(alert.endsAt)}`
                    : `finie le ${formatDateTime(alert.endsAt)}`}
                {alert.author ? ` (${alert.author})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
