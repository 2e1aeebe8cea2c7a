/**
 * What the sign-in form asks for before any attempt is made: both fields filled in. Shared by the form,
 * in the browser (a message under each empty field, no request sent), and by lib/auth/sign-in.ts (the
 * same messages for a request made without the form). A missing field is not a failed attempt: it is
 * never counted by the throttling.
 */
export const EMAIL_MISSING = 'Indiquez votre adresse électronique.';
export const PASSWORD_MISSING = 'Indiquez votre mot de passe.';

export type TSignInFieldErrors = { email?: string; password?: string };

export function missingSignInFields(input: unknown): TSignInFieldErrors {
  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const errors: TSignInFieldErrors = {};
  // An address of spaces only is no address; a password is taken exactly as typed (spaces count).
  if (typeof fields.email !== 'string' || fields.email.trim() === '') errors.email = EMAIL_MISSING;
  if (typeof fields.password !== 'string' || fields.password === '') errors.password = PASSWORD_MISSING;
  return errors;
}
