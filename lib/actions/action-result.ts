import 'server-only';
import { NewsroomError } from '../data/newsroom-errors';
import { logger } from '../log';

export type TActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
};

/** Turns what a data function threw into a French message for the form; unexpected errors are logged, not shown. */
export function failureFrom(error: unknown): TActionState {
  if (error instanceof NewsroomError) {
    return {
      ok: false,
      message: error.message,
      fieldErrors: error.fieldErrors ?? (error.field ? { [error.field]: error.message } : undefined),
    };
  }
  logger().error({ event: 'action', err: error }, 'Action du rédactionnel en échec');
  return {
    ok: false,
    message:
      'L’enregistrement n’a pas pu se faire (incident technique). Votre texte est conservé dans le formulaire\u00a0: réessayez dans un instant.',
  };
}

export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
