import { describe, expect, it } from 'vitest';
import {
  autoMergedNotice,
  conflictDiff,
  conflictFailure,
  conflictHeading,
  isUnchanged,
  mergedNotice,
  ofConflictAuthor,
  takeSavedNotice,
} from './conflict';
import type { TConflict } from './types';

const conflict = (changes: Partial<TConflict> = {}): TConflict => ({
  title: 'Le port',
  chapo: 'Chapô',
  body: 'Un texte enregistré.',
  version: 5,
  lastEditorName: 'Awa Ndiaye',
  image: { id: 'img', width: 800, height: 600 },
  imageAlt: 'Des pirogues',
  imageCaption: '',
  imageCredit: 'AFP',
  rubriqueId: 'r1',
  slug: 'le-port',
  placement: 'NONE',
  related: [],
  scheduledAt: null,
  updatedAt: '2026-07-01T08:00:00.000Z',
  ...changes,
});

describe('a conflict', () => {
  it('diffs the saved words against the form’s', () => {
    const diff = conflictDiff(conflict(), { title: 'Le port', chapo: 'Chapô modifié', body: 'Un texte enregistré.' });
    expect(isUnchanged(diff.title)).toBe(true);
    expect(isUnchanged(diff.chapo)).toBe(false);
    expect(
      diff.chapo
        .filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toContain('modifié');
    expect(isUnchanged(diff.body)).toBe(true);
  });

  it('names who saved, or says someone did', () => {
    expect(conflictHeading(conflict())).toBe('Version enregistrée par Awa Ndiaye');
    expect(conflictHeading(conflict({ lastEditorName: null }))).toBe('Version enregistrée par un autre membre de la rédaction');
    expect(conflictFailure(conflict(), 1)).toMatch(/^Awa Ndiaye a enregistré une autre version.*un passage a été modifié des deux côtés/);
    expect(conflictFailure(conflict({ lastEditorName: null }), 2)).toMatch(
      /^Quelqu’un a enregistré une autre version.*2\u00a0passages ont été modifiés/,
    );
  });

  it('says what each choice did, with French elision', () => {
    expect(ofConflictAuthor(conflict())).toBe('d’Awa Ndiaye');
    expect(ofConflictAuthor(conflict({ lastEditorName: 'Moussa' }))).toBe('de Moussa');
    expect(ofConflictAuthor(conflict({ lastEditorName: null }))).toBe('de l’autre membre de la rédaction');
    expect(mergedNotice(conflict())).toBe('Fusion appliquée avec la version 5 d’Awa Ndiaye. Relisez, puis enregistrez.');
    expect(autoMergedNotice(conflict(), 'le texte', 'Enregistré.')).toBe(
      'Enregistré. Awa Ndiaye avait enregistré une autre version entre-temps (le texte)\u00a0: ses modifications et les vôtres ne se chevauchaient pas, elles sont toutes dans cette version.',
    );
    expect(takeSavedNotice(conflict())).toBe('Le formulaire contient maintenant la version 5, enregistrée par Awa Ndiaye.');
  });
});
