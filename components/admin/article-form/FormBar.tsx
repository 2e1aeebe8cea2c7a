'use client';

/**
 * The story editor's bar: the story's status and whether everything is saved, the buttons that
 * save it or move it along its workflow (by status and rights), and the save's live status.
 */
import type { RefObject } from 'react';
import { STATUS_LABELS } from '@/lib/auth/permissions';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import type { TNotice } from './types';

type TFormBarProps = {
  isEdit: boolean;
  status: ArticleStatus;
  canPublish: boolean;
  dirty: boolean;
  isPending: boolean;
  notice: TNotice | null;
  /** « Enregistrer » (« Créer le brouillon » for a new story): Ctrl+S and the focus after a save use it. */
  saveButtonRef: RefObject<HTMLButtonElement | null>;
};

export function FormBar({ isEdit, status, canPublish, dirty, isPending, notice, saveButtonRef }: TFormBarProps) {
  const buttons = isEdit ? (
    <>
      <button ref={saveButtonRef} type="submit" name="intent" value="save" className="button" disabled={isPending}>
        Enregistrer
      </button>
      {status === 'DRAFT' ? (
        <button type="submit" name="intent" value="submit" className="button button-quiet" disabled={isPending}>
          Soumettre à la relecture
        </button>
      ) : null}
      {status === 'IN_REVIEW' && !canPublish ? (
        // Its author withdraws it to change something first (editors send it back from the « Relecture » panel, with a reason).
        <button type="submit" name="intent" value="return" className="button button-quiet" disabled={isPending}>
          Retirer de la relecture
        </button>
      ) : null}
      {canPublish && status !== 'PUBLISHED' ? (
        <button type="submit" name="intent" value="publish" className="button button-primary" disabled={isPending}>
          Publier
        </button>
      ) : null}
      {canPublish && status === 'PUBLISHED' ? (
        <button type="submit" name="intent" value="unpublish" className="button button-danger" disabled={isPending}>
          Dépublier
        </button>
      ) : null}
      {canPublish && status === 'SCHEDULED' ? (
        // Not online yet: the same step back to draft, named for what it does here.
        <button type="submit" name="intent" value="unpublish" className="button button-danger" disabled={isPending}>
          Annuler la programmation
        </button>
      ) : null}
    </>
  ) : (
    <button ref={saveButtonRef} type="submit" className="button button-primary" disabled={isPending}>
      Créer le brouillon
    </button>
  );

  return (
    <div className="article-form-bar">
      {isEdit ? (
        <p className="article-form-state">
          <span className="visually-hidden">Statut : </span>
          <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>
          <span className={dirty ? 'article-form-dirty is-dirty' : 'article-form-dirty'}>
            {dirty ? 'Modifications non enregistrées' : 'Tout est enregistré'}
          </span>
        </p>
      ) : null}
      <div className="article-form-buttons">{buttons}</div>
      <p
        role="status"
        className={
          isPending
            ? 'article-form-live notice notice-info'
            : notice?.kind === 'success'
              ? 'article-form-live notice notice-success'
              : 'article-form-live'
        }
      >
        {isPending ? 'Enregistrement…' : notice?.kind === 'success' ? notice.text : ''}
      </p>
    </div>
  );
}
