/**
 * Who may do what in the newsroom: DESIGN.md's roles table as small named predicates, used by the
 * data layer (which enforces them) and by the screens (which only hide what would be refused).
 */
import type { ArticleStatus, Role } from '../generated/prisma/enums';

export type TActor = { id: string; role: Role };
export type TArticleAccess = { authorId: string; status: ArticleStatus };

const isEditor = (actor: TActor) => actor.role === 'EDITOR' || actor.role === 'ADMIN';

/** Editors edit any story; journalists their own, except while an editor has it scheduled. */
export function canEditArticle(actor: TActor, article: TArticleAccess): boolean {
  if (isEditor(actor)) return true;
  return article.authorId === actor.id && article.status !== 'SCHEDULED';
}

export function canSubmitForReview(actor: TActor, article: TArticleAccess): boolean {
  return article.status === 'DRAFT' && canEditArticle(actor, article);
}

/**
 * A story in review goes back to draft: an editor sends it back to its author (to be reworked), or
 * the author withdraws it (to change something before an editor reads it).
 */
export function canReturnToDraft(actor: TActor, article: TArticleAccess): boolean {
  return article.status === 'IN_REVIEW' && (isEditor(actor) || article.authorId === actor.id);
}

/** Publish, schedule, unpublish, place on Manchettes. */
export const canPublish = isEditor;
/** Add a public « mise à jour », correction or précision. */
export const canMarkUpdate = isEditor;
export const canManageRubriques = isEditor;
export const canViewAudit = isEditor;
export const canSeeAllArticles = isEditor;

export function canManageUsers(actor: TActor): boolean {
  return actor.role === 'ADMIN';
}

export const ROLE_LABELS: Record<Role, string> = { JOURNALIST: 'Journaliste', EDITOR: 'Éditeur', ADMIN: 'Administrateur' };

/**
 * The role as the newsroom’s header shows it beside a person’s name, in words that agree with everyone
 * (« Awa Ndiaye · Édition », where « Éditeur » would not agree with her; « Journaliste » is both).
 */
export const ROLE_DESKS: Record<Role, string> = { JOURNALIST: 'Journaliste', EDITOR: 'Édition', ADMIN: 'Administration' };

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: 'Brouillon',
  IN_REVIEW: 'En relecture',
  SCHEDULED: 'Programmé',
  PUBLISHED: 'Publié',
};
