'use client';

import { useActionState, type FormEvent } from 'react';
import { restoreRevisionAction } from '@/lib/actions/article-actions';

type TState = { ok: boolean; message?: string; error?: string };

/** « Restaurer cette version »: the old text becomes a new version, after a confirmation. */
export function RestoreButton({ articleId, version, baseVersion }: { articleId: string; version: number; baseVersion: number }) {
  const [state, formAction, isPending] = useActionState<TState, FormData>(restoreRevisionAction, { ok: false });
  const message = state.ok ? undefined : (state.message ?? state.error);

  function confirmRestore(event: FormEvent<HTMLFormElement>) {
    const question = `Restaurer la version ${version}\u202f? Son titre, son chapô et son texte deviendront une nouvelle version (l’historique garde tout). Si l’article est en ligne, les lecteurs verront ce texte.`;
    if (!window.confirm(question)) event.preventDefault();
  }

  return (
    <form action={formAction} onSubmit={confirmRestore} className="restore-form">
      <input type="hidden" name="id" value={articleId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <button type="submit" className="button button-quiet button-small" disabled={isPending}>
        {isPending ? 'Restauration…' : 'Restaurer cette version'}
        <span className="visually-hidden"> ({version})</span>
      </button>
      {message ? (
        <p className="field-error" role="alert">
          {message}
        </p>
      ) : null}
    </form>
  );
}
