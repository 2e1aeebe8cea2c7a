import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ActionForm } from '@/components/admin/ActionForm';
import { LiveComposer } from '@/components/admin/live/LiveComposer';
import { LiveEntryItem } from '@/components/admin/live/LiveEntryItem';
import '@/components/admin/live/live-desk.css';
import { closeLiveAction, reopenLiveAction } from '@/lib/actions/live-actions';
import { canPublish } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { findLiveEntriesForNewsroom, getLiveDeskStory, NEWSROOM_ENTRIES_SHOWN, type TLiveDeskStory } from '@/lib/data/find-live-entries';
import { NewsroomError } from '@/lib/data/newsroom-errors';
import { formatRecentDateTime } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';

export const metadata: Metadata = { title: 'Fil du direct' };

const ZId = z.string().min(1).max(40);

/** « Fil du direct »: every newsroom member posts here while the live runs; editors moderate and close it. */
export default async function LiveDeskPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/admin/articles/${id}/direct`);
  if (!ZId.safeParse(id).success) notFound();
  let story: TLiveDeskStory;
  try {
    story = await getLiveDeskStory(user, id);
  } catch (error) {
    if (error instanceof NewsroomError && error.code === 'not_found') notFound();
    throw error;
  }
  const editor = canPublish(user);
  const entries = story.state === 'none' ? [] : await findLiveEntriesForNewsroom(user, story.id);

  return (
    <div className="live-desk">
      <header className="live-desk-header">
        <p className="live-desk-kicker">Fil du direct</p>
        <h1>{applyFrenchTypography(story.title)}</h1>
        <p className="live-desk-links">
          <Link href={`/admin/articles/${story.id}`}>Modifier l’article</Link>
          {story.status === 'PUBLISHED' ? (
            <a href={story.publicPath} target="_blank" rel="noopener">
              Voir la page publique<span className="visually-hidden"> (nouvel onglet)</span> ↗
            </a>
          ) : (
            <span>L’article n’est pas en ligne{'\u00a0'}: les entrées seront visibles à sa publication.</span>
          )}
        </p>
      </header>

      {story.state === 'none' ? (
        <p className="notice notice-info">Cet article n’est pas un direct. Un éditeur peut l’ouvrir en direct depuis sa page.</p>
      ) : (
        <>
          <section className="live-desk-state" aria-label="État du direct">
            <p>
              <span className={`live-badge live-badge-${story.state}`}>{story.state === 'running' ? 'En direct' : 'Direct terminé'}</span>{' '}
              {story.liveStartedAt ? <>ouvert le {formatRecentDateTime(story.liveStartedAt)}</> : null}
              {story.state === 'closed' && story.liveEndedAt ? <>, clos le {formatRecentDateTime(story.liveEndedAt)}</> : null}
            </p>
            {editor ? (
              <ActionForm
                action={story.state === 'running' ? closeLiveAction : reopenLiveAction}
                submitLabel={story.state === 'running' ? 'Clore le direct' : 'Rouvrir le direct'}
                pendingLabel="Un instant…"
                confirm={
                  story.state === 'running' ? 'Clore ce direct\u00a0? Plus personne ne pourra y publier avant sa réouverture.' : undefined
                }
                className="live-desk-state-form"
              >
                <input type="hidden" name="articleId" value={story.id} />
              </ActionForm>
            ) : null}
          </section>

          {story.state === 'running' ? (
            <LiveComposer articleId={story.id} />
          ) : (
            <p className="notice notice-info">Ce direct est terminé{editor ? '\u00a0: rouvrez-le pour publier.' : '.'}</p>
          )}

          <section aria-labelledby="live-entries-title">
            <h2 id="live-entries-title">
              Entrées <span className="live-desk-count">({entries.length})</span>
            </h2>
            {entries.length === 0 ? (
              <p className="field-hint">Aucune entrée pour l’instant.</p>
            ) : (
              <ol className="live-entries" aria-label="Entrées, de la plus récente à la plus ancienne">
                {entries.map((entry) => (
                  <LiveEntryItem
                    key={entry.id}
                    canEdit={editor || entry.authorId === user.id}
                    canModerate={editor}
                    entry={{
                      id: entry.id,
                      body: entry.body,
                      image: entry.image,
                      imageAlt: entry.imageAlt,
                      keyPoint: entry.keyPoint,
                      pinned: entry.pinned,
                      createdAt: entry.createdAt.toISOString(),
                      editedAt: entry.editedAt?.toISOString() ?? null,
                      authorName: entry.authorName,
                      withdrawn: entry.withdrawn ? { ...entry.withdrawn, at: entry.withdrawn.at.toISOString() } : null,
                    }}
                  />
                ))}
              </ol>
            )}
            {entries.length === NEWSROOM_ENTRIES_SHOWN ? (
              <p className="field-hint">
                Les {NEWSROOM_ENTRIES_SHOWN} entrées les plus récentes{'\u00a0'}; les précédentes restent sur la page publique.
              </p>
            ) : null}
          </section>
        </>
      )}
    </div>
  );
}
