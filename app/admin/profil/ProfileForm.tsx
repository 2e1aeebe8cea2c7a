'use client';

import { startTransition, useActionState, useRef, useState, type FormEvent } from 'react';
import { CharCounter } from '@/components/admin/CharCounter';

export type TProfileFormState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

export type TProfileField = {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'password';
  defaultValue?: string;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  rows?: number;
  /** Shows « n / maxLength » under the field as the user types, and how many are too many: the field never cuts a paste. */
  counter?: boolean;
};

/**
 * One « Mon profil » form bound to its server action, with the French result in place and each
 * refused field marked (aria-invalid, its message beside it). What was typed stays after a refusal,
 * except passwords: `clearPasswords` empties the password fields after every attempt, right or wrong.
 */
export function ProfileForm({
  action,
  fields,
  submitLabel,
  username,
  clearPasswords = false,
  idPrefix,
}: {
  action: (state: TProfileFormState, form: FormData) => Promise<TProfileFormState>;
  fields: TProfileField[];
  submitLabel: string;
  /** For password managers: the account the password belongs to, in a hidden field. */
  username?: string;
  clearPasswords?: boolean;
  idPrefix: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [counts, setCounts] = useState<Record<string, number>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, f.defaultValue?.length ?? 0])),
  );
  const [state, formAction, pending] = useActionState(
    async (previous: TProfileFormState, data: FormData) => {
      const next = await action(previous, data);
      if (clearPasswords)
        formRef.current?.querySelectorAll<HTMLInputElement>('input[type="password"]').forEach((input) => (input.value = ''));
      return next;
    },
    { ok: false },
  );

  // React empties a form after an action run from `<form action>`: dispatch here, so a refused name or
  // presentation stays as typed. (Before its JavaScript has loaded the form does nothing: React's
  // placeholder action, which the newsroom's policy blocks; nothing is sent anywhere.)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  const messageId = `${idPrefix}-message`;
  return (
    <form ref={formRef} action={formAction} onSubmit={submit} className="profile-form" noValidate>
      {username ? <input type="text" name="username" autoComplete="username" value={username} readOnly hidden /> : null}
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const error = state.ok ? undefined : state.fieldErrors?.[field.name];
        const describedBy =
          [field.hint ? `${id}-aide` : null, field.counter ? `${id}-compte` : null, error ? `${id}-erreur` : null]
            .filter(Boolean)
            .join(' ') || undefined;
        const common = {
          id,
          name: field.name,
          defaultValue: field.defaultValue,
          autoComplete: field.autoComplete,
          required: field.required,
          // Passwords keep the browser's limit; counted fields show their excess instead of cutting it.
          maxLength: field.counter ? undefined : field.maxLength,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
          onInput: field.counter
            ? (event: FormEvent<HTMLInputElement | HTMLTextAreaElement>) => {
                // Read now: React's event is gone by the time the state updater runs.
                const length = event.currentTarget.value.length;
                setCounts((c) => ({ ...c, [field.name]: length }));
              }
            : undefined,
        };
        return (
          <div className="field" key={field.name}>
            <label htmlFor={id}>{field.label}</label>
            {field.hint ? (
              <span className="field-hint" id={`${id}-aide`}>
                {field.hint}
              </span>
            ) : null}
            {field.kind === 'textarea' ? (
              <textarea {...common} rows={field.rows ?? 4} />
            ) : (
              <input {...common} type={field.kind} minLength={field.minLength} spellCheck={field.kind === 'password' ? false : undefined} />
            )}
            {field.counter && field.maxLength ? (
              <CharCounter id={`${id}-compte`} max={field.maxLength} length={counts[field.name] ?? 0} />
            ) : null}
            {error ? (
              <span className="field-error" id={`${id}-erreur`}>
                {error}
              </span>
            ) : null}
          </div>
        );
      })}
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Enregistrement…' : submitLabel}
      </button>
      {state.message ? (
        <p id={messageId} className={`notice ${state.ok ? 'notice-success' : 'notice-error'}`} role={state.ok ? 'status' : 'alert'}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
