import { describe, expect, it } from 'vitest';
import { actLabel, defaultComparison, revisionActs, type TVersionEntry, type TVersionStamp } from './revision-history';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 7, 13, 0, seconds));
const author = 'journaliste';
const editor = 'editrice';

describe('the act of each version', () => {
  it('names each version by the journal line that names it', () => {
    const revisions: TVersionStamp[] = [
      { version: 1, createdAt: at(0), authorId: author },
      { version: 2, createdAt: at(10), authorId: author },
      { version: 3, createdAt: at(20), authorId: author },
      { version: 4, createdAt: at(30), authorId: editor },
      { version: 5, createdAt: at(40), authorId: editor },
    ];
    const entries: TVersionEntry[] = [
      { action: 'article.create', actorId: author, createdAt: at(0), details: { title: 'T' } },
      { action: 'article.submit', actorId: author, createdAt: at(20), details: { version: 3 } },
      { action: 'article.return', actorId: editor, createdAt: at(30), details: { version: 4, note: 'Il manque le maire.' } },
      { action: 'article.publish', actorId: editor, createdAt: at(40), details: { version: 5 } },
    ];
    const acts = revisionActs(revisions, entries, author);
    expect([...acts.entries()].map(([v, a]) => [v, actLabel(a)])).toEqual([
      [1, 'créé'],
      [2, 'enregistré'],
      [3, 'soumis'],
      [4, 'renvoyé'],
      [5, 'publié'],
    ]);
  });

  it('tells a story withdrawn by its author from one sent back, a schedule cancelled from an unpublication', () => {
    const revisions: TVersionStamp[] = [
      { version: 2, createdAt: at(0), authorId: author },
      { version: 3, createdAt: at(5), authorId: editor },
      { version: 4, createdAt: at(9), authorId: editor },
      { version: 5, createdAt: at(12), authorId: editor },
      { version: 6, createdAt: at(15), authorId: editor },
    ];
    const entries: TVersionEntry[] = [
      { action: 'article.return', actorId: author, createdAt: at(0), details: { version: 2 } },
      { action: 'article.schedule', actorId: editor, createdAt: at(5), details: { version: 3 } },
      { action: 'article.unpublish', actorId: editor, createdAt: at(9), details: { version: 4, from: 'SCHEDULED' } },
      { action: 'article.publish', actorId: editor, createdAt: at(12), details: { version: 5 } },
      { action: 'article.unpublish', actorId: editor, createdAt: at(15), details: { version: 6, from: 'PUBLISHED' } },
    ];
    const labels = [...revisionActs(revisions, entries, author).values()].map(actLabel);
    expect(labels).toEqual(['retiré de la relecture', 'programmé', 'programmation annulée', 'publié', 'dépublié']);
  });

  it('prefers the restore to the save it made, and says which version came back', () => {
    const revisions: TVersionStamp[] = [{ version: 7, createdAt: at(0), authorId: editor }];
    const entries: TVersionEntry[] = [
      { action: 'article.edit-published', actorId: editor, createdAt: at(0), details: { version: 7 } },
      { action: 'article.restore', actorId: editor, createdAt: at(1), details: { restoredVersion: 3, newVersion: 7 } },
    ];
    expect(actLabel(revisionActs(revisions, entries, author).get(7)!)).toBe('restauré (version 3)');
  });

  it('matches a line that names no version by its author and time, once, and never across people or minutes', () => {
    const revisions: TVersionStamp[] = [
      { version: 8, createdAt: at(0), authorId: editor },
      { version: 9, createdAt: at(1), authorId: author },
      { version: 10, createdAt: at(50), authorId: editor },
    ];
    // Older lines and a lead displaced (lib/data/displace-lead.ts) do not name their version.
    const entries: TVersionEntry[] = [
      { action: 'article.placement', actorId: editor, createdAt: at(0), details: { from: 'LEAD', to: 'TOP' } },
      { action: 'article.edit-published', actorId: editor, createdAt: at(20), details: {} },
    ];
    const acts = revisionActs(revisions, entries, author);
    expect(actLabel(acts.get(8)!)).toBe('place en une changée');
    expect(actLabel(acts.get(9)!)).toBe('enregistré');
    expect(actLabel(acts.get(10)!)).toBe('enregistré');
  });
});

describe('versions written close together', () => {
  it('gives each its own line: the creation is the first version, the closest line wins', () => {
    const revisions: TVersionStamp[] = [
      { version: 3, createdAt: at(2), authorId: editor },
      { version: 2, createdAt: at(1), authorId: editor },
      { version: 1, createdAt: at(0), authorId: editor },
    ];
    const entries: TVersionEntry[] = [
      { action: 'article.create', actorId: editor, createdAt: at(0), details: {} },
      { action: 'article.edit-published', actorId: editor, createdAt: at(2), details: {} },
      { action: 'article.placement', actorId: editor, createdAt: at(1), details: {} },
    ];
    const acts = revisionActs(revisions, entries, author);
    expect([3, 2, 1].map((v) => actLabel(acts.get(v)!))).toEqual(['mis à jour', 'place en une changée', 'créé']);
  });
});

describe('the comparison the history opens on', () => {
  it('is the newest change, passing over versions that changed nothing shown', () => {
    const versions = [
      { version: 5, content: 'B' }, // published, same text
      { version: 4, content: 'B' }, // placement changed
      { version: 3, content: 'B' },
      { version: 2, content: 'A' },
      { version: 1, content: 'A' },
    ];
    expect(defaultComparison(versions)).toEqual({ from: 2, to: 3 });
    // A change back counts as a change.
    expect(
      defaultComparison([
        { version: 3, content: 'A' },
        { version: 2, content: 'B' },
        { version: 1, content: 'A' },
      ]),
    ).toEqual({ from: 2, to: 3 });
  });

  it('falls back to the two newest versions when nothing ever changed, and to the only one', () => {
    expect(
      defaultComparison([
        { version: 2, content: 'A' },
        { version: 1, content: 'A' },
      ]),
    ).toEqual({ from: 1, to: 2 });
    expect(defaultComparison([{ version: 1, content: 'A' }])).toEqual({ from: 1, to: 1 });
    expect(defaultComparison([])).toBeNull();
  });
});
