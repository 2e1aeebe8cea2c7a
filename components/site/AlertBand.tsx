import type { TPublicAlert } from '../../lib/data/alerts';
import { formatTime, toIsoString } from '../../lib/french/dates';

/** « ALERTE INFO · 14 h 05 · … » on top of every readers' page while an alert runs. */
export function AlertBand({ alert }: { alert: TPublicAlert }) {
  return (
    <aside className="alert-band" aria-label="Alerte info">
      <p>
        <strong className="alert-band-label">Alerte info</strong>
        <span aria-hidden="true"> · </span>
        <time dateTime={toIsoString(alert.startsAt)}>{formatTime(alert.startsAt)}</time>
        <span aria-hidden="true"> · </span>
        {alert.href ? <a href={alert.href}>{alert.text}</a> : <span>{alert.text}</span>}
      </p>
    </aside>
  );
}
