'use client';

/**
 * Unsaved changes: the browser asks before closing, reloading or leaving the site, and the
 * newsroom's own links ask too (client-side navigations do not fire beforeunload).
 */
import { useEffect } from 'react';

const UNLOAD_QUESTION = 'Des modifications ne sont pas enregistrées. Quitter cette page quand même\u202f? Elles seront perdues.';

/** A click that would follow a link to another page (not a new tab, a download, or an anchor). */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return null;
  // The body's preview: a click on a link there edits it (MarkdownEditor), it never leaves.
  if (link.closest('[data-links-stay]')) return null;
  const href = link.getAttribute('href') ?? '';
  return href.startsWith('#') ? null : link;
}

export function useUnsavedChangesGuard(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (!leavingLink(event)) return;
      if (!window.confirm(UNLOAD_QUESTION)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);
}
