/**
 * Restoring a version older than a public entry (« mise à jour », correction, précision): the restore
 * names the entries it takes back and is done only once an editor says what readers will be told.
 */
import { describe, expect, it } from 'vitest';
import { newsroomLib as lib, newsroomSetup } from '../support/newsroom';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();

/** Published with « 1,2 milliard », corrected to « 1,4 milliard » with a public correction. */
async function correctedStory() {
  const { createArticle, saveArticle, addUpdateEntry } = await lib();
  const { journalist, editor, draft } = await newsroomSetup(prisma());
  const wrong = draft({ body: 'Le port a coûté 1,2 milliard de francs CFA.' });
  const created = await createArticle(editor, wrong);
  await saveArticle(editor, created.id, 1, wrong, 'publish'); // version 2: online, wrong figure
  await new Promise((resolve) => setTimeout(resolve, 5));
  await saveArticle(editor, created.id, 2, draft({ body: 'Le port a coûté 1,4 milliard de francs CFA.' }), 'save'); // version 3
  await new Promise((resolve) => setTimeout(resolve, 5));
  await addUpdateEntry(editor, created.id, { kind: 'CORRECTION', note: 'Le coût est de 1,4 milliard, et non 1,2 milliard.' });
  return { id: created.id, journalist, editor, draft };
}

describe('restoring before a public entry', () => {
  it('names the entries a version would contradict, and only those', async () => {
    const { entriesContradictedBy, findRevisions } = await lib();
    const { id, editor } = await correctedStory();
    const entries = await entriesContradictedBy(editor, id, 2);
    expect(entries.map((e) => [e.kind, e.note])).toEqual([['CORRECTION', 'Le coût est de 1,4 milliard, et non 1,2 milliard.']]);
    // Version 3 (the corrected text) is what the entry describes: restoring it contradicts nothing.
    expect(await entriesContradictedBy(editor, id, 3)).toEqual([]);
    expect((await findRevisions(editor, id)).publicEntryDates).toHaveLength(1);
  });

  it('refuses to restore without saying what readers will be told, and changes nothing', async () => {
    const { restoreRevision } = await lib();
    const { id, editor, journalist } = await correctedStory();
    await expect(restoreRevision(editor, id, 2, 3)).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      restoreRevision(journalist, id, 2, 3, { kind: 'new', entryKind: 'CORRECTION', note: 'Retour au texte d’origine.' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const row = await prisma().article.findUniqueOrThrow({ where: { id } });
    expect([row.version, row.body]).toEqual([3, 'Le port a coûté 1,4 milliard de francs CFA.']);
    expect(await prisma().articleUpdate.count({ where: { articleId: id } })).toBe(1);
  });

  it('restores with a new public entry, both online together', async () => {
    const { restoreRevision, getPublishedArticle } = await lib();
    const { id, editor } = await correctedStory();
    const result = await restoreRevision(editor, id, 2, 3, {
      kind: 'new',
      entryKind: 'PRECISION',
      note: 'Le chiffre de 1,2 milliard, confirmé par le ministère, est rétabli.',
    });
    expect(result.changes.length).toBe(2);
    const row = await prisma().article.findUniqueOrThrow({ where: { id } });
    expect([row.version, row.body]).toEqual([4, 'Le port a coûté 1,2 milliard de francs CFA.']);
    const published = await getPublishedArticle(row.slug);
    expect(published?.updates.map((u) => u.note)).toEqual(
      expect.arrayContaining([
        'Le chiffre de 1,2 milliard, confirmé par le ministère, est rétabli.',
        'Le coût est de 1,4 milliard, et non 1,2 milliard.',
      ]),
    );
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { targetId: id, action: 'article.restore' } });
    expect(audit.details).toMatchObject({ restoredVersion: 2, newVersion: 4 });
  });

  it('restores with the entry reworded, and refuses an entry that is not one of those', async () => {
    const { restoreRevision } = await lib();
    const { id, editor } = await correctedStory();
    const entry = await prisma().articleUpdate.findFirstOrThrow({ where: { articleId: id } });
    await expect(
      restoreRevision(editor, id, 2, 3, { kind: 'reword', entryId: 'ailleurs', entryKind: 'CORRECTION', note: 'x' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await restoreRevision(editor, id, 2, 3, {
      kind: 'reword',
      entryId: entry.id,
      entryKind: 'CORRECTION',
      note: 'Correction retirée : le coût est bien de 1,2 milliard.',
    });
    expect((await prisma().articleUpdate.findUniqueOrThrow({ where: { id: entry.id } })).note).toBe(
      'Correction retirée : le coût est bien de 1,2 milliard.',
    );
    expect((await prisma().article.findUniqueOrThrow({ where: { id } })).body).toBe('Le port a coûté 1,2 milliard de francs CFA.');
  });
});
