import { describe, expect, it } from 'vitest';
import { confirmationFor } from './confirmations';

describe('what the story form asks first', () => {
  it('asks before publishing, unpublishing and cancelling a schedule, each in its words', () => {
    expect(confirmationFor('publish', 'DRAFT')).toBe('Publier cet article\u202f? Il sera aussitôt visible des lecteurs.');
    expect(confirmationFor('publish', 'IN_REVIEW')).toBe(confirmationFor('publish', 'DRAFT'));
    expect(confirmationFor('publish', 'SCHEDULED')).toMatch(/^Publier cet article maintenant, sans attendre la date programmée/);
    expect(confirmationFor('unpublish', 'PUBLISHED')).toMatch(/^Dépublier cet article\u202f\?/);
    expect(confirmationFor('unpublish', 'SCHEDULED')).toMatch(/^Annuler la programmation\u202f\? L’article ne sera pas publié/);
  });

  it('asks nothing for a save or a step that stays inside the newsroom', () => {
    for (const intent of ['save', 'submit', 'return', 'schedule', null]) expect(confirmationFor(intent, 'DRAFT')).toBeNull();
  });
});
