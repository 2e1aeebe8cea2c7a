'use client';

import { useActionState, type ReactNode } from 'react';

export type TFormState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

/**
 * A small newsroom form bound to a server action, with its French result shown in place.
 * The fields are passed as children (server-rendered); the action checks session and role itself.
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel = 'Enregistrement…',
  confirm,
  className,
  buttonClassName = 'button',
  buttonAriaLabel,
}: {
  action: (state: TFormState, form: FormData) => Promise<TFormState>;
  children?: ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  confirm?: string;
  className?: string;
  buttonClassName?: string;
  /** When the visible label is a symbol (↑, ↓), the name a screen reader announces. */
  buttonAriaLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form
      action={formAction}
      className={className}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {children}
      <button type="submit" className={buttonClassName} disabled={pending} aria-label={buttonAriaLabel}>
        {pending ? pendingLabel : submitLabel}
      </button>
      {state.message ? (
        <p className={`notice ${state.ok ? 'notice-success' : 'notice-error'}`} role={state.ok ? 'status' : 'alert'}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
