'use client';

/**
 * The story editor's alerts: why the last save failed, with a link to each field in error, and the
 * notices that are not a save's success (« Votre texte est conservé… »). A new failure is brought
 * into view and takes the focus.
 */
import { useEffect, useRef, type MouseEvent } from 'react';
import { fieldAnchorId, type TFormIds } from './form-ids';
import type { TNotice } from './types';

type TFormAlertsProps = {
  ids: TFormIds;
  failure: string | null;
  errors: Record<string, string>;
  notice: TNotice | null;
  /** The version a conflict met: a new conflict is a new failure even with the same words. */
  conflictVersion?: number;
};

export function FormAlerts({ ids, failure, errors, notice, conflictVersion }: TFormAlertsProps) {
  const alertRef = useRef<HTMLDivElement>(null);

  // A failure or a conflict: bring the message into view and give it the focus.
  const failureKey = failure ? `${failure}|${Object.keys(errors).join()}|${conflictVersion ?? ''}` : '';
  useEffect(() => {
    if (!failureKey) return;
    alertRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    alertRef.current?.focus({ preventScroll: true });
  }, [failureKey]);

  function focusField(event: MouseEvent<HTMLAnchorElement>, name: string) {
    event.preventDefault();
    const form = event.currentTarget.closest('form');
    if (!form) return;
    if (name === 'related') return document.getElementById(ids.search)?.focus();
    if (name === 'image') return document.getElementById(ids.image)?.focus();
    const field = form.elements.namedItem(name);
    if (field instanceof RadioNodeList) (field[0] as HTMLElement | undefined)?.focus();
    else if (field instanceof HTMLElement) field.focus();
  }

  const errorEntries = Object.entries(errors).filter(([name]) => name !== 'form');

  return (
    <div ref={alertRef} tabIndex={-1} className="article-form-alerts">
      {failure ? (
        <div className="notice notice-error" role="alert">
          <p>{failure}</p>
          {errorEntries.length > 0 ? (
            <ul>
              {errorEntries.map(([name, message]) => (
                <li key={name}>
                  <a href={`#${fieldAnchorId(ids, name)}`} onClick={(event) => focusField(event, name)}>
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {notice?.kind === 'info' ? <p className="notice notice-info">{notice.text}</p> : null}
    </div>
  );
}
