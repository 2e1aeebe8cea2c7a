import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/ActionForm';
import { restoreFrontPageAction } from '@/lib/actions/front-page-actions';
import { requirePageUser } from '@/lib/auth/session';
import { FRONT_CAUSE_LABELS } from '@/lib/content/front-page';
import { findFrontPageRevisions } from '@/lib/data/front-page';
import { formatDateTime } from '@/lib/french/dates';
import '@/components/admin/front-page/front-page.css';

export const metadata: Metadata = { title: 'Historique de la une' };

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Every arrangement the front page had, newest first; any of them can be published again. */
export default async function FrontPageHistoryPage() {
  await requirePageUser('/admin/une/historique', ['EDITOR', 'ADMIN']);
  const revisions = await findFrontPageRevisions();
  const current = revisions[0]?.version ?? 0;
  return (
    <>
      <h1>Historique de la une</h1>
      <p>
        <Link href="/admin/une">Revenir à la une</Link>
      </p>
      {revisions.length === 0 ? (
        <p className="field-hint">La une n’a pas encore changé.</p>
      ) : (
        <ol className="une-history">
          {revisions.map((revision) => (
            <li key={revision.version} className="panel">
              <h2>
                Version {revision.version}
                {revision.version === current ? ' (actuelle)' : ''}
              </h2>
              <p className="field-hint">
                {capitalize(FRONT_CAUSE_LABELS[revision.cause] ?? revision.cause)}, le {formatDateTime(revision.createdAt)}
                {revision.author ? `, par ${revision.author}` : ''}.
              </p>
              {revision.slots.length === 0 ? (
                <p>Aucun article placé (les plus récents occupaient la une).</p>
              ) : (
                <ul>
                  {revision.slots.map((slot) => (
                    <li key={slot.articleId}>
                      <strong>{slot.placement === 'LEAD' ? 'Manchette principale' : 'À la une'}</strong>
                      {'\u00a0: '}
                      {slot.title}
                      {slot.pinnedUntil ? `, épinglé jusqu’au ${formatDateTime(new Date(slot.pinnedUntil))}` : ''}
                      {slot.online ? '' : ' (plus en ligne)'}
                    </li>
                  ))}
                </ul>
              )}
              {revision.version === current ? null : (
                <ActionForm
                  action={restoreFrontPageAction}
                  submitLabel="Rétablir cette une"
                  pendingLabel="Rétablissement…"
                  confirm={`Publier de nouveau la une de la version ${revision.version}\u00a0? Elle remplacera la une actuelle.`}
                >
                  <input type="hidden" name="base" value={current} />
                  <input type="hidden" name="version" value={revision.version} />
                </ActionForm>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
