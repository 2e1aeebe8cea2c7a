'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { markLiveEditReadAction } from '@/lib/actions/article-actions';

/**
 * Shown to editors on a story a journalist changed while it was online (the change went live at
 * once): who, when, a link to the differences since the version editors last read, and « Marquer
 * comme relu ». Saving the story as an editor marks it read too.
 */
export function LiveEditNotice({
  articleId,
  at,
  atLabel,
  byName,
  fromVersion,
  version,
}: {
  articleId: string;
  at: string;
  atLabel: string;
  byName: string | null;
  fromVersion: number;
  version: number;
}) {
  const [state, action, pending] = useActionState(markLiveEditReadAction, { ok: false });
  if (state.ok) {
    return (
      <p className="notice notice-success" role="status">
        {state.message}
      </p>
    );
  }
  return (
    <div className="notice notice-info live-edit" role="note" aria-label="Modifié en ligne, à relire">
      <p>
        <strong>Modifié en ligne, à relire</strong>
        {byName ? ` par ${byName}` : ''} le <time dateTime={at}>{atLabel}</time>. Ces changements sont déjà visibles des lecteurs.
      </p>
      <form action={action} className="live-edit-actions">
        <input type="hidden" name="id" value={articleId} />
        <input type="hidden" name="seenAt" value={at} />
        <Link href={`/admin/articles/${articleId}/historique?de=${fromVersion}&a=${version}`}>
          Voir les changements (version {fromVersion} → {version})
        </Link>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Enregistrement…' : 'Marquer comme relu'}
        </button>
      </form>
      {state.message ? (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
