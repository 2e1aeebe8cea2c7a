'use client';

/**
 * Autosave: while the story form has unsaved changes, they are kept on the server every few seconds
 * and when the page is hidden (a closed tab, a phone locked, another app), so a crash or another
 * device loses nothing (lib/data/working-copies.ts). Not a save: nothing is public, nothing enters
 * the history. Returns when the last copy was kept (ISO), or null.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TFields } from './form-fields';

/** How often the changes are kept while someone types. */
export const AUTOSAVE_MS = 4_000;
/** Browsers carry a request past the page's end (keepalive) only up to 64 kB. */
const KEEPALIVE_MAX = 60_000;

export const workingCopyUrl = (articleId: string) => `/api/articles/${encodeURIComponent(articleId)}/copie-de-travail`;

type TAutosave = { articleId: string | null; version: number; fields: TFields; dirty: boolean };

export function useAutosave({ articleId, version, fields, dirty }: TAutosave): string | null {
  const latest = useRef({ version, fields, dirty });
  useLayoutEffect(() => {
    latest.current = { version, fields, dirty };
  });
  const [savedAt, setSavedAt] = useState<string | null>(null);

  useEffect(() => {
    if (!articleId) return;
    let lastSent = '';
    const send = (leaving: boolean) => {
      const { version: baseVersion, fields: now, dirty: unsaved } = latest.current;
      if (!unsaved) return;
      const body = JSON.stringify({ baseVersion, fields: now });
      if (body === lastSent) return;
      lastSent = body;
      fetch(workingCopyUrl(articleId), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
        keepalive: leaving && body.length < KEEPALIVE_MAX,
      })
        .then((response) => (response.ok ? (response.json() as Promise<{ savedAt?: string }>) : null))
        .then((kept) => {
          if (kept?.savedAt) setSavedAt(kept.savedAt);
          else lastSent = '';
        })
        .catch(() => {
          lastSent = ''; // tried again at the next tick
        });
    };
    const timer = window.setInterval(() => send(false), AUTOSAVE_MS);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') send(true);
    };
    const onLeave = () => send(true);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onLeave);
    };
  }, [articleId]);

  return savedAt;
}
