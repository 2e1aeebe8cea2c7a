import { describe, expect, it } from 'vitest';
import { completeFormData, failureMessage, submittedBody } from './form-data';

function formData(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
}

describe('the story form’s submission', () => {
  it('saves an existing story when no button said what to do (Enter in a field)', () => {
    const data = formData({ title: 'Titre' });
    expect(completeFormData(data, true)).toBe('save');
    expect(data.get('intent')).toBe('save');
  });

  it('keeps the intent of the button pressed', () => {
    const data = formData({ intent: 'unpublish' });
    expect(completeFormData(data, true)).toBe('unpublish');
    expect(data.getAll('intent')).toEqual(['unpublish']);
  });

  it('sends no intent for a new story (« Créer le brouillon »)', () => {
    const data = formData({ title: 'Titre' });
    expect(completeFormData(data, false)).toBeNull();
    expect(data.has('intent')).toBe(false);
  });

  it('reads the body submitted, or falls back on the one the form followed', () => {
    expect(submittedBody(formData({ body: 'Texte envoyé' }), 'ancien')).toBe('Texte envoyé');
    expect(submittedBody(formData({}), 'ancien')).toBe('ancien');
  });

  it('says why a save failed: the action’s message, the session check’s error, or a default', () => {
    expect(failureMessage({ ok: false, message: 'Titre trop long.' })).toBe('Titre trop long.');
    expect(failureMessage({ ok: false, error: 'Session expirée.' } as Parameters<typeof failureMessage>[0])).toBe('Session expirée.');
    expect(failureMessage({ ok: false })).toBe('L’enregistrement a échoué. Votre texte est conservé dans le formulaire\u00a0: réessayez.');
  });
});
