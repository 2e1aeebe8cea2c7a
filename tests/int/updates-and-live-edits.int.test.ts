import { describe, expect, it } from 'vitest';
import { newsroomLib as lib, newsroomSetup } from '../support/newsroom';
import { withScratchDatabase } from '../support/scratch-db';

// Its own file, hence its own database: the public update log and the « à relire » marks of stories online.
const { prisma } = withScratchDatabase();
const setup = () => newsroomSetup(prisma());

describe('public updates and changes to stories online', () => {
  it('marks « mise à jour » only by an editor on a published story; a silent fix moves no public date', async () => {
    const { createArticle, saveArticle, addUpdateEntry, getPublishedArticle } = await lib();
    const { journalist, editor, draft } = await setup();
    const created = await createArticle(journalist, draft());
    await expect(addUpdateEntry(editor, created.id, { kind: 'MISE_A_JOUR', note: 'Ajout des chiffres.' })).rejects.toMatchObject({
      code: 'invalid',
    });
    const published = await saveArticle(editor, created.id, 1, draft(), 'publish');
    const { slug } = await prisma().article.findUniqueOrThrow({ where: { id: created.id } });
    await expect(addUpdateEntry(journalist, created.id, { kind: 'MISE_A_JOUR', note: 'Ajout des chiffres.' })).rejects.toMatchObject({
      code: 'forbidden',
    });

    // The author fixes a typo in their own published story: a new revision goes live, no public date moves.
    await saveArticle(
      journalist,
      created.id,
      published.version,
      draft({ body: 'Premier paragraphe du texte corrigé.\n\nSecond paragraphe.' }),
      'save',
    );
    const silent = await getPublishedArticle(slug);
    expect(silent?.body).toContain('corrigé');
    expect(silent?.lastUpdatedAt).toBeNull();
    expect(silent?.updates).toEqual([]);

    const at = new Date('2026-11-27T19:47:00Z');
    await addUpdateEntry(editor, created.id, { kind: 'CORRECTION', note: 'Le montant était de 21 millions.' }, at);
    const updated = await getPublishedArticle(slug);
    expect(updated?.lastUpdatedAt?.toISOString()).toBe(at.toISOString());
    expect(updated?.updates).toEqual([
      { id: expect.any(String), kind: 'CORRECTION', note: 'Le montant était de 21 millions.', createdAt: at },
    ]);
    expect(await prisma().auditLog.count({ where: { action: 'article.update-entry', targetId: created.id } })).toBe(1);
  });

  it('lets an editor reword or withdraw a public update entry: the date goes back to the latest left, the journal keeps the old words', async () => {
    const { createArticle, saveArticle, addUpdateEntry, editUpdateEntry, removeUpdateEntry, getPublishedArticle } = await lib();
    const { journalist, editor, draft } = await setup();
    const created = await createArticle(journalist, draft());
    await saveArticle(editor, created.id, 1, draft(), 'publish');
    const { slug } = await prisma().article.findUniqueOrThrow({ where: { id: created.id } });
    const first = new Date('2026-11-27T10:00:00Z');
    const second = new Date('2026-11-27T12:00:00Z');
    await addUpdateEntry(editor, created.id, { kind: 'MISE_A_JOUR', note: 'Ajout du bilan officiel.' }, first);
    await addUpdateEntry(editor, created.id, { kind: 'CORRECTION', note: 'Le montant était de 21 milions.' }, second);
    const [latest, earlier] = await prisma().articleUpdate.findMany({ where: { articleId: created.id }, orderBy: { createdAt: 'desc' } });

    // Nobody but an editor; an entry that no longer exists says so.
    await expect(
      editUpdateEntry(journalist, latest.id, { kind: 'CORRECTION', note: 'Réécrite par la journaliste.' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(removeUpdateEntry(journalist, latest.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(removeUpdateEntry(editor, 'inconnue')).rejects.toMatchObject({ code: 'not_found' });

    // Reworded from a wording someone has changed since: refused, nothing overwritten.
    await expect(
      editUpdateEntry(editor, latest.id, { kind: 'CORRECTION', note: 'Ma version.' }, 'Une autre formulation.'),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await prisma().articleUpdate.findUniqueOrThrow({ where: { id: latest.id } })).note).toBe('Le montant était de 21 milions.');

    // Reworded: same time, same date on the story, readers see the new words.
    const edited = await editUpdateEntry(
      editor,
      latest.id,
      { kind: 'CORRECTION', note: 'Le montant était de 21 millions.' },
      'Le montant était de 21 milions.',
    );
    expect(edited.keys).toEqual(expect.arrayContaining([`article:${created.id}`, 'list:feeds']));
    let page = await getPublishedArticle(slug);
    expect(page?.updates[0]).toEqual({
      id: expect.any(String),
      kind: 'CORRECTION',
      note: 'Le montant était de 21 millions.',
      createdAt: second,
    });
    expect(page?.lastUpdatedAt?.toISOString()).toBe(second.toISOString());

    // Withdrawn: the story's public date is the remaining entry's; with none left, no « mise à jour » at all.
    await removeUpdateEntry(editor, latest.id);
    page = await getPublishedArticle(slug);
    expect(page?.updates).toEqual([{ id: expect.any(String), kind: 'MISE_A_JOUR', note: 'Ajout du bilan officiel.', createdAt: first }]);
    expect(page?.lastUpdatedAt?.toISOString()).toBe(first.toISOString());
    await removeUpdateEntry(editor, earlier.id);
    // The same removal a second time (two editors, one click each): « no longer exists », nothing else.
    await expect(removeUpdateEntry(editor, earlier.id)).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringMatching(/n’existe plus/),
    });
    page = await getPublishedArticle(slug);
    expect(page?.updates).toEqual([]);
    expect(page?.lastUpdatedAt).toBeNull();

    const journal = await prisma().auditLog.findMany({
      where: { targetId: created.id, action: { in: ['article.update-entry-edit', 'article.update-entry-remove'] } },
      orderBy: { createdAt: 'asc' },
    });
    expect(journal.map((entry) => entry.action)).toEqual([
      'article.update-entry-edit',
      'article.update-entry-remove',
      'article.update-entry-remove',
    ]);
    expect(journal[0].details).toMatchObject({
      before: { note: 'Le montant était de 21 milions.' },
      after: { note: 'Le montant était de 21 millions.' },
    });
    expect(journal[1].details).toMatchObject({ note: 'Le montant était de 21 millions.' });
  });

  it('tells editors when a journalist changes a story online: « à relire » from the version they last read, until an editor marks it read or saves it', async () => {
    const { createArticle, saveArticle, markLiveEditRead, findNewsroomArticles } = await lib();
    const { journalist, editor, draft } = await setup();
    const created = await createArticle(journalist, draft());
    const live = await saveArticle(editor, created.id, 1, draft(), 'publish');
    const unread = async () =>
      prisma().article.findUniqueOrThrow({
        where: { id: created.id },
        select: { liveEditAt: true, liveEditById: true, liveEditFromVersion: true, version: true },
      });
    // Published by an editor: nothing to read.
    expect((await unread()).liveEditAt).toBeNull();

    // The journalist fixes a figure: online at once, and marked for editors from version 2 (what they published).
    const first = await saveArticle(
      journalist,
      created.id,
      live.version,
      draft({ body: 'Premier paragraphe corrigé.\n\nSecond paragraphe du texte.' }),
      'save',
    );
    expect(first.status).toBe('PUBLISHED');
    const marked = await unread();
    expect(marked).toMatchObject({ liveEditById: journalist.id, liveEditFromVersion: live.version, version: first.version });
    expect(marked.liveEditAt).toBeInstanceOf(Date);
    // A second change keeps the first unread version: the editor compares from what they last read.
    const second = await saveArticle(journalist, created.id, first.version, draft({ title: 'L’été des réformes, suite' }), 'save');
    const twice = await unread();
    expect(twice.liveEditFromVersion).toBe(live.version);
    expect(twice.liveEditAt?.getTime()).toBeGreaterThanOrEqual(marked.liveEditAt?.getTime() ?? 0);

    // Editors see it in their list (filter and count); journalists are not shown the mark.
    const list = await findNewsroomArticles(editor, { liveEdit: true, authorId: journalist.id, page: 1 });
    expect(list.liveEdits).toBe(1);
    expect(list.rows.map((r) => [r.id, r.liveEditBy])).toEqual([[created.id, journalist.name]]);
    const journalistList = await findNewsroomArticles(journalist, { page: 1 });
    expect(journalistList.liveEdits).toBe(0);
    expect(journalistList.rows.find((r) => r.id === created.id)?.liveEditBy).toBeNull();

    // Only an editor marks it read, and only the change they saw: a stale mark is refused, nothing cleared.
    await expect(markLiveEditRead(journalist, created.id, twice.liveEditAt as Date)).rejects.toMatchObject({ code: 'forbidden' });
    // (The editor had the page open before the second change.)
    await expect(markLiveEditRead(editor, created.id, new Date((twice.liveEditAt?.getTime() ?? 0) - 1))).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await unread()).liveEditAt).not.toBeNull();
    expect(await markLiveEditRead(editor, created.id, twice.liveEditAt as Date)).toEqual({
      message: 'Modifications marquées comme relues.',
    });
    expect(await unread()).toMatchObject({ liveEditAt: null, liveEditById: null, liveEditFromVersion: null });
    expect(await prisma().auditLog.count({ where: { action: 'article.live-edit-read', targetId: created.id, actorId: editor.id } })).toBe(
      1,
    );
    // A second editor's click: already done, nothing written.
    expect(await markLiveEditRead(editor, created.id, twice.liveEditAt as Date)).toEqual({
      message: 'Un autre éditeur a déjà relu ces modifications.',
    });
    expect(await prisma().auditLog.count({ where: { action: 'article.live-edit-read', targetId: created.id } })).toBe(1);

    // Marked again by a new change; an editor's own save counts as read.
    const third = await saveArticle(journalist, created.id, second.version, draft({ title: 'L’été des réformes, fin' }), 'save');
    expect((await unread()).liveEditFromVersion).toBe(second.version);
    await saveArticle(editor, created.id, third.version, draft({ title: 'L’été des réformes, la fin' }), 'save');
    expect((await unread()).liveEditAt).toBeNull();
    // A journalist's save of a draft is nobody's business.
    const other = await createArticle(journalist, draft({ title: 'Brouillon tranquille' }));
    await saveArticle(journalist, other.id, 1, draft({ title: 'Brouillon tranquille, repris' }), 'save');
    expect((await prisma().article.findUniqueOrThrow({ where: { id: other.id } })).liveEditAt).toBeNull();
  });
});
