import { describe, expect, it } from 'vitest';
import {
  conflictDiff,
  conflictFailure,
  conflictHeading,
  imageDiffers,
  isUnchanged,
  keepMineNotice,
  savedImageDescription,
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
  updatedAt: '2026-07-01T08:00:00.000Z',
  ...changes,
});

const sameImage = { image: { id: 'img', width: 800, height: 600 }, imageAlt: 'Des pirogues', imageCaption: '', imageCredit: 'AFP' };

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

  it('notices a different picture or different words about it', () => {
    expect(imageDiffers(conflict(), sameImage)).toBe(false);
    expect(imageDiffers(conflict(), { ...sameImage, image: null })).toBe(true);
    expect(imageDiffers(conflict(), { ...sameImage, imageCredit: 'APS' })).toBe(true);
    expect(imageDiffers(conflict({ image: null }), { ...sameImage, image: null })).toBe(false);
  });

  it('describes the saved picture', () => {
    expect(savedImageDescription(conflict())).toBe(
      'une image de 800\u00a0×\u00a0600\u00a0pixels, décrite «\u00a0Des pirogues\u00a0», crédit «\u00a0AFP\u00a0»',
    );
    expect(savedImageDescription(conflict({ image: null, imageAlt: '', imageCredit: '', imageCaption: 'Au port' }))).toBe(
      'aucune image, légende «\u00a0Au port\u00a0»',
    );
  });

  it('names who saved, or says someone did', () => {
    expect(conflictHeading(conflict())).toBe('Version enregistrée par Awa Ndiaye');
    expect(conflictHeading(conflict({ lastEditorName: null }))).toBe('Version enregistrée par un autre membre de la rédaction');
    expect(conflictFailure(conflict())).toMatch(/^Awa Ndiaye a enregistré une autre version/);
    expect(conflictFailure(conflict({ lastEditorName: null }))).toMatch(/^Quelqu’un a enregistré une autre version/);
  });

  it('says what each choice did, with French elision', () => {
    expect(keepMineNotice(conflict())).toBe('Votre texte est conservé. Enregistrez pour remplacer la version d’Awa Ndiaye par la vôtre.');
    expect(keepMineNotice(conflict({ lastEditorName: 'Moussa' }))).toBe(
      'Votre texte est conservé. Enregistrez pour remplacer la version de Moussa par la vôtre.',
    );
    expect(keepMineNotice(conflict({ lastEditorName: null }))).toBe(
      'Votre texte est conservé. Enregistrez pour remplacer la version de l’autre membre de la rédaction par la vôtre.',
    );
    expect(takeSavedNotice(conflict())).toBe('Le formulaire contient maintenant la version 5, enregistrée par Awa Ndiaye.');
  });
});
