'use server';

import { z } from 'zod';
import { requireActionUser } from '../auth/session';
import { addArticleComment, findArticleComments, type TArticleComment } from '../data/article-comments';
import { ZCommentBody } from '../validation/article-comment';
import { failureFrom, formText, type TActionState } from './action-result';

const ZId = z.string().min(1).max(40);

/** A message as the « Discussion » panel shows it (dates as ISO strings, formatted in the browser). */
export type TCommentItem = { id: string; authorName: string | null; at: string; body: string };

export type TCommentState = TActionState & {
  /** After a message is sent: the thread as it is now (colleagues' new messages included). */
  comments?: TCommentItem[];
};

const toItem = (comment: TArticleComment): TCommentItem => ({
  id: comment.id,
  authorName: comment.authorName,
  at: comment.createdAt.toISOString(),
  body: comment.body,
});

/**
 * « Envoyer » in a story's « Discussion »: checks the session here, the right to the story in
 * lib/data/article-comments.ts. Never touches the story (its form keeps whatever is typed in it).
 */
export async function addCommentAction(_previous: TCommentState, form: FormData): Promise<TCommentState> {
  const auth = await requireActionUser();
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'articleId'));
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  const body = ZCommentBody.safeParse(formText(form, 'message'));
  if (!body.success) {
    const message = body.error.issues[0]?.message ?? 'Message invalide.';
    return { ok: false, message, fieldErrors: { message } };
  }
  try {
    await addArticleComment(auth.user, id.data, body.data);
    const comments = await findArticleComments(auth.user, id.data);
    return { ok: true, message: 'Message envoyé.', comments: comments.map(toItem) };
  } catch (error) {
    const failure = failureFrom(error);
    // The data layer names the message's field `body` (the table's column); the form calls it `message`.
    return failure.fieldErrors?.body ? { ...failure, fieldErrors: { message: failure.fieldErrors.body } } : failure;
  }
}
