import Link from 'next/link';
import { openLiveAction } from '@/lib/actions/live-actions';
import type { TLiveState } from '@/lib/data/live-state';
import { ActionForm } from '../ActionForm';

/**
 * On a story's edit page: « Ouvrir en direct » for an editor when the story is not a live yet; once it
 * is one, the way to its « Fil du direct » (for everyone who may open the story).
 */
export function LiveDeskLink({ articleId, state, canOpen }: { articleId: string; state: TLiveState; canOpen: boolean }) {
  if (state === 'none') {
    if (!canOpen) return null;
    return (
      <div className="live-desk-link">
        <ActionForm
          action={openLiveAction}
          submitLabel="Ouvrir en direct"
          pendingLabel="Ouverture…"
          confirm={
            'Ouvrir cet article en direct\u00a0? Toute la rédaction pourra y publier des entrées, visibles aussitôt si l’article est en ligne.'
          }
          className="live-open-form"
        >
          <input type="hidden" name="articleId" value={articleId} />
        </ActionForm>
      </div>
    );
  }
  return (
    <p className="live-desk-link">
      <span className={`live-badge live-badge-${state}`}>{state === 'running' ? 'En direct' : 'Direct terminé'}</span>{' '}
      <Link href={`/admin/articles/${articleId}/direct`}>Fil du direct</Link>
    </p>
  );
}
