import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/ActionForm';
import { setReportStateAction } from '@/lib/actions/report-actions';
import { canMarkUpdate } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { UPDATE_KIND_LABEL } from '@/lib/content/update-kinds';
import { findErrorReports, REJECT_REASON_MAX, type TNewsroomReport, type TReportFilter } from '@/lib/data/error-reports';
import { formatDateTime } from '@/lib/french/dates';
import type { ErrorReportState } from '@/lib/generated/prisma/enums';
import { UPDATE_NOTE_MAX } from '@/lib/validation/article';

export const metadata: Metadata = { title: 'Signalements' };

const STATE_LABEL: Record<ErrorReportState, string> = {
  NEW: 'Nouveau',
  IN_PROGRESS: 'En cours',
  CORRECTED: 'Corrigé',
  REJECTED: 'Rejeté',
};

const FILTERS: { param: string; filter: TReportFilter; label: string }[] = [
  { param: 'ouverts', filter: 'open', label: 'À traiter' },
  { param: 'nouveaux', filter: 'NEW', label: 'Nouveaux' },
  { param: 'en-cours', filter: 'IN_PROGRESS', label: 'En cours' },
  { param: 'corriges', filter: 'CORRECTED', label: 'Corrigés' },
  { param: 'rejetes', filter: 'REJECTED', label: 'Rejetés' },
  { param: 'tous', filter: 'all', label: 'Tous' },
];

/**
 * « Signalements »: readers' error reports. Editors see them all and move them; a journalist sees
 * those about their own stories. Everything a reader typed is shown as plain text: a link is never
 * clickable here.
 */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ etat?: string | string[] }> }) {
  const user = await requirePageUser('/admin/signalements');
  const { etat } = await searchParams;
  const chosen = FILTERS.find((f) => f.param === etat) ?? FILTERS[0]!;
  const { reports } = await findErrorReports(user, chosen.filter);
  const editor = canMarkUpdate(user);
  return (
    <>
      <h1>Signalements</h1>
      <p className="field-hint">
        Les erreurs signalées par les lecteurs depuis le formulaire «{'\u00a0'}Signaler une erreur{'\u00a0'}» au bas des articles.
        {editor ? '' : ' Vous voyez ceux qui concernent vos articles\u202f; les éditeurs les traitent.'}
      </p>
      <nav className="report-filters" aria-label="Filtrer les signalements">
        <ul>
          {FILTERS.map((f) => (
            <li key={f.param}>
              <Link href={`/admin/signalements?etat=${f.param}`} aria-current={f === chosen ? 'page' : undefined}>
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {reports.length === 0 ? (
        <p className="notice notice-info">Aucun signalement ici.</p>
      ) : (
        <ol className="report-list">
          {reports.map((report) => (
            <ReportItem key={report.id} report={report} editor={editor} />
          ))}
        </ol>
      )}
    </>
  );
}

function ReportItem({ report, editor }: { report: TNewsroomReport; editor: boolean }) {
  const open = report.state === 'NEW' || report.state === 'IN_PROGRESS';
  return (
    <li className="panel report-item" data-report={report.id}>
      <h2 className="report-title">
        <span className={`report-state report-state-${report.state.toLowerCase()}`}>{STATE_LABEL[report.state]}</span>{' '}
        <Link href={`/admin/articles/${report.story.id}`}>{report.story.title}</Link>
      </h2>
      <p className="field-hint">
        Reçu le {formatDateTime(report.createdAt)}
        {report.story.online ? (
          <>
            {' '}
            · en ligne à l’adresse <code>{report.story.href}</code>
          </>
        ) : (
          ' · article hors ligne'
        )}
        {report.handledBy ? ` · traité par ${report.handledBy}` : ''}
      </p>
      <dl className="report-details">
        <dt>Passage</dt>
        <dd className="report-text">{report.passage}</dd>
        <dt>Ce qui est inexact</dt>
        <dd className="report-text">{report.problem}</dd>
        {report.sourceUrl ? (
          <>
            <dt>Source (non vérifiée, à recopier)</dt>
            <dd>
              <code>{report.sourceUrl}</code>
            </dd>
          </>
        ) : null}
        <dt>Courriel du lecteur</dt>
        <dd>{report.email ? <code>{report.email}</code> : 'non donné'}</dd>
        {report.state === 'REJECTED' ? (
          <>
            <dt>Motif du rejet</dt>
            <dd>{report.rejectReason}</dd>
          </>
        ) : null}
        {report.update ? (
          <>
            <dt>Mention publiée</dt>
            <dd>
              {UPDATE_KIND_LABEL[report.update.kind]} du {formatDateTime(report.update.createdAt)}
              {'\u00a0'}: {report.update.note} <a href={`/mises-a-jour/${report.update.id}`}>Voir ce qui a changé</a>
            </dd>
          </>
        ) : null}
      </dl>
      {editor ? <ReportActions report={report} open={open} /> : null}
    </li>
  );
}

function ReportActions({ report, open }: { report: TNewsroomReport; open: boolean }) {
  const id = <input type="hidden" name="id" value={report.id} />;
  return (
    <div className="report-actions">
      {report.state === 'NEW' ? (
        <ActionForm action={setReportStateAction} submitLabel="Prendre en charge" buttonClassName="button button-quiet">
          {id}
          <input type="hidden" name="intent" value="en-cours" />
        </ActionForm>
      ) : null}
      {!open ? (
        <ActionForm action={setReportStateAction} submitLabel="Rouvrir" buttonClassName="button button-quiet">
          {id}
          <input type="hidden" name="intent" value="nouveau" />
        </ActionForm>
      ) : null}
      {open && report.story.online ? (
        <details className="report-act">
          <summary>Corrigé{'\u00a0'}: écrire la mention publique</summary>
          <ActionForm action={setReportStateAction} submitLabel="Publier la mention et marquer corrigé">
            {id}
            <input type="hidden" name="intent" value="corrige-mention" />
            <div className="field">
              <label htmlFor={`kind-${report.id}`}>Type</label>
              <select id={`kind-${report.id}`} name="kind" defaultValue="CORRECTION">
                <option value="CORRECTION">Correction</option>
                <option value="PRECISION">Précision</option>
                <option value="MISE_A_JOUR">Mise à jour</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={`note-${report.id}`}>Note publique</label>
              <textarea id={`note-${report.id}`} name="note" rows={3} maxLength={UPDATE_NOTE_MAX} required />
              <p className="field-hint">
                Corrigez d’abord le texte de l’article, puis publiez la mention{'\u00a0'}: «{'\u00a0'}Voir ce qui a changé{'\u00a0'}»
                comparera les deux versions.
              </p>
            </div>
          </ActionForm>
        </details>
      ) : null}
      {open && report.laterEntries.length > 0 ? (
        <details className="report-act">
          <summary>Corrigé{'\u00a0'}: lier à une mention déjà publiée</summary>
          <ActionForm action={setReportStateAction} submitLabel="Marquer corrigé">
            {id}
            <input type="hidden" name="intent" value="corrige-lien" />
            <div className="field">
              <label htmlFor={`entry-${report.id}`}>Mention</label>
              <select id={`entry-${report.id}`} name="updateId" required>
                {report.laterEntries.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {UPDATE_KIND_LABEL[entry.kind]} du {formatDateTime(entry.createdAt)}
                    {'\u00a0'}: {entry.note.slice(0, 80)}
                  </option>
                ))}
              </select>
            </div>
          </ActionForm>
        </details>
      ) : null}
      {open ? (
        <details className="report-act">
          <summary>Rejeter</summary>
          <ActionForm action={setReportStateAction} submitLabel="Rejeter le signalement" buttonClassName="button button-danger">
            {id}
            <input type="hidden" name="intent" value="rejeter" />
            <div className="field">
              <label htmlFor={`reason-${report.id}`}>Motif (gardé dans la rédaction)</label>
              <textarea id={`reason-${report.id}`} name="reason" rows={2} maxLength={REJECT_REASON_MAX} required />
            </div>
          </ActionForm>
        </details>
      ) : null}
    </div>
  );
}
