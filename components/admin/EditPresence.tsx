'use client';

/**
 * Who else has this story open, said near the top of its edit page: « Moussa Diop modifie cet article
 * depuis 14 h 02 », « Awa Ndiaye consulte cet article ». Nobody is locked out (saves merge); this only
 * tells the desk who is there. The page sends a heartbeat every few seconds
 * (app/api/articles/[id]/presence, lib/data/presence.ts), at once when the person starts typing, and
 * leaves when it is closed or left.
 *
 * « Typing » is a change to a field of the story form (an `input` or `change` event from a named field
 * of `form.article-form`, caught on the document as it bubbles) in the last 15 s. A successful save
 * ends it: the page is refreshed with the new version.
 */
import { useEffect, useRef, useState } from 'react';
import { formatTime } from '@/lib/french/dates';
import './edit-presence.css';

/** How often the page says it is still open (the server forgets a page after 30 s). */
export const PRESENCE_HEARTBEAT_MS = 5_000;
/** Without a change for this long, the person is reading again. */
export const TYPING_IDLE_MS = 15_000;

type TOther = { userId: string; name: string; openedAt: string; typingSince: string | null };

const presenceUrl = (articleId: string) => `/api/articles/${encodeURIComponent(articleId)}/presence`;

/** Whether an event comes from a field of the story form (its named fields are what a save sends). */
function isStoryFieldEvent(event: Event): boolean {
  const target = event.target;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)) return false;
  return target.name !== '' && target.closest('form.article-form') !== null;
}

export function EditPresence({ articleId, version }: { articleId: string; version: number }) {
  const [others, setOthers] = useState<TOther[]>([]);
  /** When the person last changed a field; null once saved or never. */
  const lastChange = useRef<number | null>(null);
  const beat = useRef<() => void>(() => {});

  useEffect(() => {
    let stopped = false;
    let sentTyping = false;
    // One heartbeat at a time: a slow server gets no pile of them. A change of state (typing, saved)
    // asked meanwhile follows at once; a regular beat is skipped.
    let inFlight = false;
    let again = false;
    const typing = () => lastChange.current !== null && Date.now() - lastChange.current < TYPING_IDLE_MS;

    const send = (news = false) => {
      if (stopped) return;
      if (inFlight) {
        again ||= news;
        return;
      }
      inFlight = true;
      sentTyping = typing();
      fetch(presenceUrl(articleId), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ typing: sentTyping }),
      })
        .then((response) => (response.ok ? (response.json() as Promise<{ others: TOther[] }>) : { others: [] }))
        .then((answer) => {
          if (!stopped) setOthers(answer.others);
        })
        .catch(() => {
          // Offline for a moment: the list stays as it was, the next heartbeat tries again.
        })
        .finally(() => {
          inFlight = false;
          if (again) {
            again = false;
            send(true);
          }
        });
    };
    const leave = () => {
      void fetch(presenceUrl(articleId), { method: 'DELETE', keepalive: true }).catch(() => {});
    };
    beat.current = () => send(true);

    const onChange = (event: Event) => {
      if (!isStoryFieldEvent(event)) return;
      lastChange.current = Date.now();
      if (!sentTyping) {
        sentTyping = true;
        send(true); // the others learn it at once, not at the next heartbeat
      }
    };
    const onPageHide = () => leave();
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) send(); // back from the browser's page cache
    };

    send();
    const timer = window.setInterval(() => send(), PRESENCE_HEARTBEAT_MS);
    document.addEventListener('input', onChange);
    document.addEventListener('change', onChange);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      document.removeEventListener('input', onChange);
      document.removeEventListener('change', onChange);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      leave(); // another newsroom page, reached without unloading this one
    };
  }, [articleId]);

  // A new version is a successful save (the form refreshes the page): no longer typing.
  const shownVersion = useRef(version);
  useEffect(() => {
    if (shownVersion.current === version) return;
    shownVersion.current = version;
    lastChange.current = null;
    beat.current();
  }, [version]);

  return (
    <div className="edit-presence" aria-live="polite">
      {others.length > 0 ? (
        <ul className="edit-presence-list" aria-label="Sur cet article en ce moment">
          {others.map((other) => (
            <li key={other.userId} className={other.typingSince ? 'edit-presence-typing' : undefined}>
              <span className="edit-presence-dot" aria-hidden="true" />
              {other.typingSince ? (
                <>
                  <strong>{other.name}</strong> modifie cet article depuis{' '}
                  <time dateTime={other.typingSince}>{formatTime(new Date(other.typingSince))}</time>
                </>
              ) : (
                <>
                  <strong>{other.name}</strong> consulte cet article
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
