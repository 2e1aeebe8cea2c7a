/**
 * « En direct », the newsroom's side: editors open, close and reopen a live; every member posts while
 * it runs; two posts at once are both kept; authors and editors edit; editors withdraw (as a duplicate
 * or not), pin one entry at a time, mark key points. A refused act changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { createArticle, createRubrique, createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();
const state = () => import('../../lib/data/live-state');
const entries = () => import('../../lib/data/live-entries');
const moderation = () => import('../../lib/data/live-entry-moderation');
const reads = () => import('../../lib/data/find-live-entries');

async function desk() {
  const rubrique = await createRubrique(prisma());
  const editor = await createUser(prisma(), { role: 'EDITOR' });
  const journalist = await createUser(prisma(), { role: 'JOURNALIST' });
  const colleague = await createUser(prisma(), { role: 'JOURNALIST' });
  const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: journalist.id, title: 'Élections' });
  return { rubrique, editor, journalist, colleague, story };
}

const storyRow = (id: string) =>
  prisma().article.findUniqueOrThrow({ where: { id }, select: { liveStartedAt: true, liveEndedAt: true, version: true } });
const auditCount = (action: string, targetId: string) => prisma().auditLog.count({ where: { action, targetId } });
const text = (body: string) => ({ body, imageId: '', imageAlt: '' });

async function runningLive() {
  const d = await desk();
  await (await state()).openLive(d.editor, d.story.id);
  return d;
}

describe('« En direct » in the newsroom', () => {
  it('is opened, closed and reopened by editors only', async () => {
    const { openLive, closeLive, reopenLive } = await state();
    const { editor, journalist, story, rubrique } = await desk();
    await expect(openLive(journalist, story.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await storyRow(story.id)).toMatchObject({ liveStartedAt: null, liveEndedAt: null });

    const opened = new Date('2026-12-07T13:00:00Z');
    const change = await openLive(editor, story.id, opened);
    expect(change.keys).toEqual(expect.arrayContaining([`article:${story.id}`, 'list:home', `list:rubrique:${rubrique.id}`, 'list:feeds']));
    expect(await storyRow(story.id)).toMatchObject({ liveStartedAt: opened, liveEndedAt: null });
    await expect(openLive(editor, story.id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(reopenLive(editor, story.id)).rejects.toMatchObject({ code: 'conflict' });

    await expect(closeLive(journalist, story.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await storyRow(story.id)).liveEndedAt).toBeNull();
    const closed = new Date('2026-12-07T18:00:00Z');
    await closeLive(editor, story.id, closed);
    expect(await storyRow(story.id)).toMatchObject({ liveStartedAt: opened, liveEndedAt: closed });
    await expect(closeLive(editor, story.id)).rejects.toMatchObject({ code: 'conflict' });

    await expect(reopenLive(journalist, story.id)).rejects.toMatchObject({ code: 'forbidden' });
    await reopenLive(editor, story.id);
    expect(await storyRow(story.id)).toMatchObject({ liveStartedAt: opened, liveEndedAt: null });
    await expect(openLive(editor, 'nexistepas')).rejects.toMatchObject({ code: 'not_found' });
    const lines = await prisma().auditLog.findMany({
      where: { targetId: story.id },
      orderBy: { createdAt: 'asc' },
      select: { action: true },
    });
    expect(lines.map((l) => l.action)).toEqual(['live.open', 'live.close', 'live.reopen']);
  });

  it('takes posts from any member while it runs, two at once both kept, and refuses them once closed', async () => {
    const { postLiveEntry } = await entries();
    const { closeLive, openLive } = await state();
    const { editor, journalist, colleague, story } = await desk();
    await expect(postLiveEntry(journalist, story.id, text('Trop tôt'))).rejects.toMatchObject({ code: 'invalid' });
    await openLive(editor, story.id);
    const versionBefore = (await storyRow(story.id)).version;

    const [a, b] = await Promise.all([
      postLiveEntry(journalist, story.id, text('  Premiers résultats à Thiès  ')),
      postLiveEntry(colleague, story.id, { ...text('Participation de 48\u00a0%'), keyPoint: true }),
    ]);
    expect(a.change.keys).toEqual([`article:${story.id}`, 'list:feeds']);
    const rows = await prisma().liveEntry.findMany({ where: { articleId: story.id }, orderBy: { body: 'asc' } });
    expect(rows.map((r) => [r.body, r.authorId, r.keyPoint])).toEqual([
      ['Participation de 48\u00a0%', colleague.id, true],
      ['Premiers résultats à Thiès', journalist.id, false],
    ]);
    expect(rows.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect((await storyRow(story.id)).version).toBe(versionBefore);
    expect(await auditCount('live.entry', story.id)).toBe(2);

    await closeLive(editor, story.id);
    await expect(postLiveEntry(editor, story.id, text('Après la fin'))).rejects.toThrow(
      'Ce direct est terminé\u00a0: rouvrez-le pour publier.',
    );
    expect(await prisma().liveEntry.count({ where: { articleId: story.id } })).toBe(2);
  });

  it('refuses an empty or too long text, a picture without its words, an unknown picture', async () => {
    const { postLiveEntry } = await entries();
    const { journalist, story } = await runningLive();
    await expect(postLiveEntry(journalist, story.id, text('   '))).rejects.toMatchObject({ field: 'body' });
    await expect(postLiveEntry(journalist, story.id, text('x'.repeat(5_001)))).rejects.toThrow('5\u202f000');
    await expect(postLiveEntry(journalist, story.id, { body: 'Photo', imageId: 'img-inconnue', imageAlt: '' })).rejects.toMatchObject({
      field: 'imageAlt',
    });
    await expect(
      postLiveEntry(journalist, story.id, { body: 'Photo', imageId: 'img-inconnue', imageAlt: 'Une foule' }),
    ).rejects.toMatchObject({
      field: 'imageId',
    });
    expect(await prisma().liveEntry.count({ where: { articleId: story.id } })).toBe(0);

    const image = await prisma().image.create({ data: { sha256: `sha-${story.id}`, width: 1200, height: 800 } });
    await postLiveEntry(journalist, story.id, { body: 'Photo', imageId: image.id, imageAlt: ' Une  foule ' });
    expect(await prisma().liveEntry.findFirst({ where: { articleId: story.id } })).toMatchObject({
      imageId: image.id,
      imageAlt: 'Une foule',
    });
  });

  it('is edited by its author or an editor, not by a colleague, and never once withdrawn', async () => {
    const { postLiveEntry, editLiveEntry } = await entries();
    const { withdrawLiveEntry } = await moderation();
    const { editor, journalist, colleague, story } = await runningLive();
    const { id } = await postLiveEntry(journalist, story.id, text('Premier chiffre'));
    await expect(editLiveEntry(colleague, id, text('Autre chose'))).rejects.toMatchObject({ code: 'forbidden' });
    expect(await prisma().liveEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({ body: 'Premier chiffre', editedAt: null });

    const at = new Date('2026-12-07T15:10:00Z');
    await editLiveEntry(journalist, id, text('Premier chiffre corrigé'), at);
    expect(await prisma().liveEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({ body: 'Premier chiffre corrigé', editedAt: at });
    await editLiveEntry(editor, id, text('Chiffre vérifié'));
    expect(await auditCount('live.entry-edit', story.id)).toBe(2);

    await withdrawLiveEntry(editor, id, { duplicate: false });
    await expect(editLiveEntry(journalist, id, text('Encore'))).rejects.toMatchObject({ code: 'conflict' });
    expect((await prisma().liveEntry.findUniqueOrThrow({ where: { id } })).body).toBe('Chiffre vérifié');
  });

  it('is withdrawn by an editor only, as a duplicate or with a public trace, and unpinned', async () => {
    const { postLiveEntry } = await entries();
    const { withdrawLiveEntry, pinLiveEntry } = await moderation();
    const { findLiveEntriesForNewsroom } = await reads();
    const { editor, journalist, story } = await runningLive();
    const first = await postLiveEntry(journalist, story.id, text('Erreur de chiffre'));
    const second = await postLiveEntry(journalist, story.id, text('Posté deux fois'));
    await pinLiveEntry(editor, first.id);

    await expect(withdrawLiveEntry(journalist, first.id, { duplicate: false })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await prisma().liveEntry.findUniqueOrThrow({ where: { id: first.id } })).withdrawnAt).toBeNull();

    const at = new Date('2026-12-07T16:00:00Z');
    await withdrawLiveEntry(editor, first.id, { duplicate: false }, at);
    await withdrawLiveEntry(editor, second.id, { duplicate: true }, at);
    expect(await prisma().liveEntry.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      withdrawnAt: at,
      withdrawnById: editor.id,
      duplicate: false,
      pinnedAt: null,
    });
    expect((await prisma().liveEntry.findUniqueOrThrow({ where: { id: second.id } })).duplicate).toBe(true);
    await expect(withdrawLiveEntry(editor, second.id, { duplicate: true })).rejects.toMatchObject({ code: 'conflict' });
    await expect(pinLiveEntry(editor, first.id)).rejects.toMatchObject({ code: 'conflict' });
    expect(await auditCount('live.entry-withdraw', story.id)).toBe(2);

    const listed = await findLiveEntriesForNewsroom(journalist, story.id);
    expect(listed.map((e) => [e.body, e.withdrawn?.duplicate, e.withdrawn?.byName])).toEqual([
      ['Posté deux fois', true, editor.name],
      ['Erreur de chiffre', false, editor.name],
    ]);
  });

  it('keeps one pinned entry per live, pinned by editors; key points by editors or the author', async () => {
    const { postLiveEntry } = await entries();
    const { pinLiveEntry, unpinLiveEntry, setLiveKeyPoint } = await moderation();
    const { editor, journalist, colleague, story } = await runningLive();
    const other = await runningLive();
    const a = await postLiveEntry(journalist, story.id, text('A'));
    const b = await postLiveEntry(journalist, story.id, text('B'));
    const elsewhere = await postLiveEntry(other.journalist, other.story.id, text('Ailleurs'));
    await pinLiveEntry(other.editor, elsewhere.id);

    await expect(pinLiveEntry(journalist, a.id)).rejects.toMatchObject({ code: 'forbidden' });
    await Promise.all([pinLiveEntry(editor, a.id), pinLiveEntry(editor, b.id)]);
    expect(await prisma().liveEntry.count({ where: { articleId: story.id, pinnedAt: { not: null } } })).toBe(1);
    await pinLiveEntry(editor, a.id);
    const pinned = await prisma().liveEntry.findMany({ where: { articleId: story.id, pinnedAt: { not: null } }, select: { id: true } });
    expect(pinned).toEqual([{ id: a.id }]);
    // Another live keeps its own pinned entry.
    expect((await prisma().liveEntry.findUniqueOrThrow({ where: { id: elsewhere.id } })).pinnedAt).not.toBeNull();
    await unpinLiveEntry(editor, a.id);
    expect(await prisma().liveEntry.count({ where: { articleId: story.id, pinnedAt: { not: null } } })).toBe(0);

    await expect(setLiveKeyPoint(colleague, a.id, true)).rejects.toMatchObject({ code: 'forbidden' });
    await setLiveKeyPoint(journalist, a.id, true);
    await setLiveKeyPoint(editor, b.id, true);
    await setLiveKeyPoint(editor, b.id, false);
    const keyPoints = await prisma().liveEntry.findMany({ where: { articleId: story.id, keyPoint: true }, select: { id: true } });
    expect(keyPoints).toEqual([{ id: a.id }]);
  });
});
