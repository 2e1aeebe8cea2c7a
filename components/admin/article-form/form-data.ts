/**
 * The story editor's submission, around the FormData the browser builds from the form and the
 * button pressed (`new FormData(form, submitter)`): what to send, and what to say when it fails.
 */
import type { TSaveState } from '@/lib/actions/article-actions';

/**
 * Completes the FormData in place: on an existing story, a submission without a button's intent
 * (Enter in a field) is a save. Returns the intent sent, null for a new story's « Créer le brouillon ».
 */
export function completeFormData(formData: FormData, isEdit: boolean): string | null {
  const intent = formData.get('intent');
  if (typeof intent === 'string' && intent !== '') return intent;
  if (!isEdit) return null;
  formData.set('intent', 'save');
  return 'save';
}

/** The body as submitted (the textarea's value), or `fallback` when the form had none. */
export function submittedBody(formData: FormData, fallback: string): string {
  const body = formData.get('body');
  return typeof body === 'string' ? body : fallback;
}

/** The message of a failed action: `message`, or `error` when the session check refused it. */
export function failureMessage(state: TSaveState): string {
  if (state.message) return state.message;
  if ('error' in state && typeof state.error === 'string') return state.error;
  return 'L’enregistrement a échoué. Votre texte est conservé dans le formulaire\u00a0: réessayez.';
}

/** Why nothing was saved when the server could not be reached. */
export const UNREACHABLE_MESSAGE =
  'Le serveur ne répond pas\u00a0: rien n’a été enregistré. Votre texte est conservé dans le formulaire\u202f; réessayez dans un instant.';
