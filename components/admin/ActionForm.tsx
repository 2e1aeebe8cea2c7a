'use client';

import { startTransition, useActionState, useRef, type FormEvent, type ReactNode } from 'react';

export type TFormState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

/**
 * A small newsroom form bound to a server action, with its French result shown in place.
 * The fields are passed as children (server-rendered); the action checks session and role itself.
 *
 * What was typed stays when the action refuses it (« Un compte existe déjà pour cette adresse. »):
 * React empties a form after any action it runs from `<form action>`, so the submission is dispatched
 * here instead, and the fields are emptied only after a success, and only if `resetOnSuccess`.
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
  resetOnSuccess = false,
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
  /** A creation form: its fields empty once the thing is created. */
  resetOnSuccess?: boolean;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(
    async (previous: TFormState, data: FormData) => {
      const next = await action(previous, data);
      if (next.ok && resetOnSuccess) formRef.current?.reset();
      return next;
    },
    { ok: false },
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending || (confirm && !window.confirm(confirm))) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  return (
    // `action` too: without JavaScript the form still posts to the server action.
    <form ref={formRef} action={formAction} className={className} onSubmit={submit}>
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
