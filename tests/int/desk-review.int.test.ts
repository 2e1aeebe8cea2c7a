/**
 * The desk's review (#25): a story's « Discussion », the send-back reason on the newsroom's list, the
 * history's acts and first comparison, and the journal naming whose account an admin changed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession, createUser } from '../support/factories';
import { newsroomLib as lib, newsroomSetup } from '../support/newsroom';
import { withScratchDatabase } from '../support/scratch-db';

// The server action outside a Next request: the session comes from this stub, everything else is real.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; tv: number; sid?: string } } }));
vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getServerSession: vi.fn(async () => session.current),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { prisma } = withScratchDatabase();
beforeEach(() => {
  session.current = null;
});

const comments = () => import('../../lib/data/article-comments');

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

describe('a story’s discussion', () => {
  it('lets whoever may edit the story write there, trimmed, oldest first, with a line in the journal; the story is untouched', async () => {
    const { createArticle } = await lib();
    const { addArticleComment, findArticleComments } = await comments();
    const { journalist, editor, draft } = await newsroomSetup(prisma());
    const story = await createArticle(journalist, draft());
    const before = await prisma().article.findUniqueOrThrow({ where: { id: story.id } });

    const first = await addArticleComment(editor, story.id, '  Il manque la réaction du maire.\r\nTu peux l’appeler\u00a0?  ');
    expect(first).toMatchObject({ body: 'Il manque la réaction du maire.\nTu peux l’appeler\u00a0?', authorName: editor.name });
    await addArticleComment(journalist, story.id, 'Je l’appelle à 15 h.');
    const thread = await findArticleComments(journalist, story.id);
    expect(thread.map((c) => [c.authorName, c.body])).toEqual([
      [editor.name, 'Il manque la réaction du maire.\nTu peux l’appeler\u00a0?'],
      [journalist.name, 'Je l’appelle à 15 h.'],
    ]);
    expect(await findArticleComments(editor, story.id)).toEqual(thread);

    const audit = await prisma().auditLog.findMany({
      where: { action: 'article.comment', targetId: story.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((row) => row.actorId)).toEqual([editor.id, journalist.id]);
    expect(audit[0].details).toMatchObject({ title: 'L’été des réformes', commentId: first.id });
    // Neither its text, nor its version, nor its history moved.
    const after = await prisma().article.findUniqueOrThrow({ where: { id: story.id } });
    expect({ version: after.version, body: after.body, updatedAt: after.updatedAt }).toEqual({
      version: before.version,
      body: before.body,
      updatedAt: before.updatedAt,
    });
    expect(await prisma().revision.count({ where: { articleId: story.id } })).toBe(1);
  });

  it('refuses an empty or too long message in French, and writes nothing', async () => {
    const { createArticle } = await lib();
    const { addArticleComment } = await comments();
    const { journalist, draft } = await newsroomSetup(prisma());
    const story = await createArticle(journalist, draft());
    await expect(addArticleComment(journalist, story.id, ' \n ')).rejects.toMatchObject({
      code: 'invalid',
      field: 'body',
      message: 'Écrivez votre message avant de l’envoyer.',
    });
    await expect(addArticleComment(journalist, story.id, 'a'.repeat(2001))).rejects.toMatchObject({
      code: 'invalid',
      message: 'Le message ne doit pas dépasser 2\u202f000 caractères.',
    });
    expect(await addArticleComment(journalist, story.id, ` ${'a'.repeat(2000)} `)).toMatchObject({ body: 'a'.repeat(2000) });
    expect(await prisma().articleComment.count({ where: { articleId: story.id } })).toBe(1);
    expect(await prisma().auditLog.count({ where: { action: 'article.comment', targetId: story.id } })).toBe(1);
  });

  it('keeps out whoever may not open the story in the editor: a colleague, even on a published story; an unknown story', async () => {
    const { createArticle, saveArticle } = await lib();
    const { addArticleComment, findArticleComments } = await comments();
    const { journalist, other, editor, draft } = await newsroomSetup(prisma());
    const story = await createArticle(journalist, draft());
    await addArticleComment(journalist, story.id, 'Note pour moi.');
    await expect(addArticleComment(other, story.id, 'Intrus.')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(findArticleComments(other, story.id)).rejects.toMatchObject({ code: 'forbidden' });
    // Published: the colleague may read it on the site, not discuss it in the newsroom (as getEditableArticle).
    const published = await saveArticle(editor, story.id, 1, draft(), 'publish');
    expect(published.status).toBe('PUBLISHED');
    await expect(findArticleComments(other, story.id)).rejects.toMatchObject({ code: 'forbidden' });
    // Scheduled by an editor: out of its author's hands, the discussion too.
    const scheduled = await createArticle(journalist, draft({ title: 'Programmé' }));
    await saveArticle(editor, scheduled.id, 1, draft({ title: 'Programmé' }), 'schedule', {
      scheduledAt: new Date(Date.now() + 86_400_000),
    });
    await expect(addArticleComment(journalist, scheduled.id, 'Je peux encore ?')).rejects.toMatchObject({ code: 'forbidden' });
    expect(await addArticleComment(editor, scheduled.id, 'Programmé pour demain.')).toMatchObject({ authorName: editor.name });
    await expect(addArticleComment(editor, 'inconnu', 'Où est-il ?')).rejects.toMatchObject({ code: 'not_found' });
    expect(await prisma().articleComment.count({ where: { authorId: other.id } })).toBe(0);
  });

  it('the action checks the session and the right itself, and gives back the thread', async () => {
    const { createArticle } = await lib();
    const { addCommentAction } = await import('../../lib/actions/comment-actions');
    const { journalist, other, draft } = await newsroomSetup(prisma());
    const story = await createArticle(journalist, draft());

    expect(await addCommentAction({ ok: false }, form({ articleId: story.id, message: 'Sans session.' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/session a expiré/),
    });
    session.current = await createSession(prisma(), other.id);
    expect(await addCommentAction({ ok: false }, form({ articleId: story.id, message: 'Intrus.' }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/droits/),
    });
    session.current = await createSession(prisma(), journalist.id);
    expect(await addCommentAction({ ok: false }, form({ articleId: story.id, message: '   ' }))).toMatchObject({
      ok: false,
      fieldErrors: { message: 'Écrivez votre message avant de l’envoyer.' },
    });
    expect(await prisma().articleComment.count({ where: { articleId: story.id } })).toBe(0);

    const sent = await addCommentAction({ ok: false }, form({ articleId: story.id, message: 'Relu, c’est prêt.' }));
    expect(sent).toMatchObject({ ok: true, message: 'Message envoyé.' });
    expect(sent.comments).toEqual([
      { id: expect.any(String), authorName: journalist.name, at: expect.any(String), body: 'Relu, c’est prêt.' },
    ]);
  });
});

describe('a story sent back, on the newsroom’s list', () => {
  it('says who sent it back, when and why, to its author and to editors, for every draft of the page at once', async () => {
    const { createArticle, saveArticle, findNewsroomArticles } = await lib();
    const { journalist, editor, draft } = await newsroomSetup(prisma());
    const sentBack: string[] = [];
    for (const n of [1, 2, 3]) {
      const story = await createArticle(journalist, draft({ title: `Brouillon ${n}` }));
      const submitted = await saveArticle(journalist, story.id, 1, draft({ title: `Brouillon ${n}` }), 'submit');
      await saveArticle(editor, story.id, submitted.version, draft({ title: `Brouillon ${n}` }), 'return', {
        returnNote: `Motif numéro ${n}.`,
      });
      sentBack.push(story.id);
    }
    const withdrawn = await createArticle(journalist, draft({ title: 'Retiré' }));
    const submitted = await saveArticle(journalist, withdrawn.id, 1, draft({ title: 'Retiré' }), 'submit');
    await saveArticle(journalist, withdrawn.id, submitted.version, draft({ title: 'Retiré' }), 'return');

    for (const viewer of [journalist, editor]) {
      const rows = (await findNewsroomArticles(viewer, { page: 1 })).rows;
      for (const [i, id] of sentBack.entries()) {
        const row = rows.find((r) => r.id === id);
        expect(row?.sentBack).toMatchObject({ byName: editor.name, note: `Motif numéro ${i + 1}.` });
        expect(row?.sentBack?.at).toBeInstanceOf(Date);
      }
      expect(rows.find((r) => r.id === withdrawn.id)?.sentBack).toBeNull();
    }
  });
});

describe('the history', () => {
  it('names each version by its act and opens on the newest change', async () => {
    const { createArticle, saveArticle, findRevisions, restoreRevision } = await lib();
    const { journalist, editor, draft } = await newsroomSetup(prisma());
    const story = await createArticle(journalist, draft());
    let version = 1;
    const step = async (actor: typeof journalist, intent: Parameters<typeof saveArticle>[4], over = {}, options = {}) => {
      version = (await saveArticle(actor, story.id, version, draft(over), intent, options)).version;
    };
    await step(journalist, 'save', { body: 'Un texte repris.\n\nSecond paragraphe.' }); // 2
    await step(journalist, 'submit', { body: 'Un texte repris.\n\nSecond paragraphe.' }); // 3
    await step(editor, 'return', { body: 'Un texte repris.\n\nSecond paragraphe.' }, { returnNote: 'Sourcez.' }); // 4
    await step(journalist, 'submit', { body: 'Un texte sourcé.\n\nSecond paragraphe.' }); // 5
    await step(editor, 'publish', { body: 'Un texte sourcé.\n\nSecond paragraphe.' }); // 6
    await step(editor, 'save', { body: 'Un texte sourcé et mis à jour.\n\nSecond paragraphe.' }); // 7
    await step(editor, 'unpublish', { body: 'Un texte sourcé et mis à jour.\n\nSecond paragraphe.' }); // 8
    version = (await restoreRevision(editor, story.id, 5, version)).version; // 9

    const history = await findRevisions(journalist, story.id);
    expect(history.revisions.map((r) => [r.version, r.act])).toEqual([
      [9, { act: 'restored', restoredFrom: 5 }],
      [8, { act: 'unpublished' }],
      [7, { act: 'updated' }],
      [6, { act: 'published' }],
      [5, { act: 'submitted' }],
      [4, { act: 'returned' }],
      [3, { act: 'submitted' }],
      [2, { act: 'saved' }],
      [1, { act: 'created' }],
    ]);
    expect(history.comparison).toEqual({ from: 8, to: 9 });

    // A publication that changes no text is passed over: the comparison shows the change before it.
    const other = await createArticle(journalist, draft({ title: 'Autre' }));
    await saveArticle(journalist, other.id, 1, draft({ title: 'Autre', chapo: 'Un chapô repris, assez long pour publier.' }), 'save');
    await saveArticle(editor, other.id, 2, draft({ title: 'Autre', chapo: 'Un chapô repris, assez long pour publier.' }), 'publish');
    expect((await findRevisions(editor, other.id)).comparison).toEqual({ from: 1, to: 2 });
  });
});

describe('the journal', () => {
  it('names whose account an admin changed, read with the page', async () => {
    const { findAuditLog } = await import('../../lib/data/find-audit-log');
    const { changeUserRole, deactivateUserAccount } = await import('../../lib/data/manage-users');
    const admin = await createUser(prisma(), { role: 'ADMIN', name: 'Admin Diop' });
    const target = await createUser(prisma(), { role: 'JOURNALIST', name: 'Khady Sarr' });
    await changeUserRole(admin, target.id, 'EDITOR');
    await deactivateUserAccount(admin, target.id);

    const { rows } = await findAuditLog(admin, { action: 'user', page: 1 });
    const mine = rows.filter((row) => row.targetId === target.id);
    expect(mine.map((row) => [row.action, row.actorName, row.targetName])).toEqual([
      ['user.deactivate', 'Admin Diop', 'Khady Sarr'],
      ['user.role', 'Admin Diop', 'Khady Sarr'],
    ]);
    // The filter keeps to its kind.
    expect(rows.every((row) => row.action.startsWith('user.'))).toBe(true);
    const all = await findAuditLog(admin, { page: 1 });
    expect(all.rows.find((row) => row.action === 'user.role' && row.targetId === target.id)?.targetName).toBe('Khady Sarr');
    const journalist = await createUser(prisma(), { role: 'JOURNALIST' });
    await expect(findAuditLog(journalist, { page: 1 })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
