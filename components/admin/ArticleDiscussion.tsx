'use client';

/**
 * « Discussion »: the desk talks about a story beside its form, without touching its text. A message
 * goes through a server action that returns the thread; nothing reloads the page, so whatever is typed
 * in the story's form (ArticleForm) stays as it is. What is typed here stays too when it is refused.
 */
import { ActionOutcome } from './ActionOutcome';
import { startTransition, useActionState, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { addCommentAction, type TCommentItem, type TCommentState } from '@/lib/actions/comment-actions';
import { formatRecentDateTime } from '@/lib/french/dates';
import { COMMENT_MAX } from '@/lib/validation/article-comment';
import { CharCounter } from './CharCounter';
import { FieldError } from './FieldError';

type TArticleDiscussionProps = {
  articleId: string;
  /** Oldest first. */
  comments: TCommentItem[];
};

export function ArticleDiscussion({ articleId, comments: fromPage }: TArticleDiscussionProps) {
  const baseId = useId();
  const ids = { title: `${baseId}-titre`, field: `${baseId}-message`, counter: `${baseId}-compteur`, error: `${baseId}-erreur` };
  const [text, setText] = useState('');
  const [comments, setComments] = useState(fromPage);
  const [state, dispatch, pending] = useActionState(
    async (previous: TCommentState, form: FormData) => {
      const next = await addCommentAction(previous, form);
      if (next.ok) {
        setText('');
        if (next.comments) setComments(next.comments);
      }
      return next;
    },
    { ok: false } as TCommentState,
  );

  // The page's own refresh (after the story is saved) brings the thread as the server has it.
  const [seenPage, setSeenPage] = useState(fromPage);
  if (fromPage !== seenPage) {
    setSeenPage(fromPage);
    setComments(fromPage);
  }

  // Newest last: the thread shows its end, and follows each new message.
  const threadRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const thread = threadRef.current;
    if (thread) thread.scrollTop = thread.scrollHeight;
  }, [comments.length]);

  function send(form: HTMLFormElement) {
    if (pending) return;
    const data = new FormData(form);
    startTransition(() => dispatch(data));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(event.currentTarget);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Ctrl+Entrée (⌘+Entrée) sends; Entrée alone goes to the line.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.currentTarget.form) {
      event.preventDefault();
      send(event.currentTarget.form);
    }
  }

  const error = state.ok ? undefined : state.fieldErrors?.message;
  const failure = !state.ok && !error ? (state.message ?? null) : null;

  return (
    <section className="panel article-discussion" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Discussion</h2>
      <p className="field-hint">Entre vous, sur cet article. Jamais publié, gardé dans son historique.</p>
      {comments.length === 0 ? (
        <p className="discussion-empty">Aucun message pour l’instant.</p>
      ) : (
        <ol ref={threadRef} className="discussion-thread" aria-label="Messages, du plus ancien au plus récent" tabIndex={0}>
          {comments.map((comment) => (
            <li key={comment.id}>
              <p className="discussion-meta">
                <strong>{comment.authorName ?? 'Compte supprimé'}</strong> ·{' '}
                <time dateTime={comment.at}>{formatRecentDateTime(new Date(comment.at))}</time>
              </p>
              <p className="discussion-body">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form className="discussion-form" onSubmit={handleSubmit} aria-busy={pending} noValidate>
        <input type="hidden" name="articleId" value={articleId} />
        <div className="field">
          <label htmlFor={ids.field}>Votre message</label>
          <textarea
            id={ids.field}
            name="message"
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={handleKeyDown}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${ids.counter} ${ids.error}` : ids.counter}
            lang="fr"
            spellCheck
          />
          <CharCounter id={ids.counter} length={text.replace(/\r\n?/g, '\n').trim().length} max={COMMENT_MAX} />
          <FieldError id={ids.error} message={error} />
        </div>
        <div className="discussion-send">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? 'Envoi…' : 'Envoyer'}
          </button>
          <span className="field-hint">ou Ctrl+Entrée</span>
        </div>
        <ActionOutcome success={state.ok ? state.message : null} failure={failure} pending={pending} className="discussion-live" />
      </form>
    </section>
  );
}
