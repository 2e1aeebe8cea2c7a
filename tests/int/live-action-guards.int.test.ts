/**
 * « En direct »'s server actions check the session and the role themselves: without a session, or as a
 * journalist for the editors' acts, a French refusal and nothing written.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createArticle, createRubrique, createSession, createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

// Server actions outside a Next request: the session comes from this stub, everything else is real.
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

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

async function fixture() {
  const rubrique = await createRubrique(prisma());
  const journalist = await createUser(prisma(), { role: 'JOURNALIST' });
  const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: journalist.id });
  await prisma().article.update({ where: { id: story.id }, data: { liveStartedAt: new Date() } });
  const entry = await prisma().liveEntry.create({ data: { articleId: story.id, authorId: journalist.id, body: 'Premier fait.' } });
  return { journalist, story, entry };
}

const snapshot = async (storyId: string) => ({
  story: await prisma().article.findUniqueOrThrow({ where: { id: storyId }, select: { liveStartedAt: true, liveEndedAt: true } }),
  entries: await prisma().liveEntry.findMany({ where: { articleId: storyId }, orderBy: { id: 'asc' } }),
  audit: await prisma().auditLog.count({ where: { targetId: storyId } }),
});

describe('« En direct »: every action checks the session and the role itself', () => {
  it('without a session: a French message, nothing written', async () => {
    const live = await import('../../lib/actions/live-actions');
    const { story, entry } = await fixture();
    const before = await snapshot(story.id);
    const results = [
      await live.openLiveAction({ ok: false }, form({ articleId: story.id })),
      await live.closeLiveAction({ ok: false }, form({ articleId: story.id })),
      await live.reopenLiveAction({ ok: false }, form({ articleId: story.id })),
      await live.postLiveEntryAction({ ok: false }, form({ articleId: story.id, body: 'Intrus', keyPoint: '1' })),
      await live.editLiveEntryAction({ ok: false }, form({ entryId: entry.id, body: 'Réécrit' })),
      await live.withdrawLiveEntryAction({ ok: false }, form({ entryId: entry.id, duplicate: '1' })),
      await live.pinLiveEntryAction({ ok: false }, form({ entryId: entry.id, pin: '1' })),
      await live.setLiveKeyPointAction({ ok: false }, form({ entryId: entry.id, keyPoint: '1' })),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/session a expiré/) });
    expect(await snapshot(story.id)).toEqual(before);
  });

  it('a journalist posts and edits their own entry, but neither closes, pins nor withdraws', async () => {
    const live = await import('../../lib/actions/live-actions');
    const { journalist, story, entry } = await fixture();
    session.current = await createSession(prisma(), journalist.id);
    const before = await snapshot(story.id);
    for (const result of [
      await live.closeLiveAction({ ok: false }, form({ articleId: story.id })),
      await live.withdrawLiveEntryAction({ ok: false }, form({ entryId: entry.id, duplicate: '0' })),
      await live.pinLiveEntryAction({ ok: false }, form({ entryId: entry.id, pin: '1' })),
    ])
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/droits/) });
    expect(await snapshot(story.id)).toEqual(before);

    expect(await live.postLiveEntryAction({ ok: false }, form({ articleId: story.id, body: '   ' }))).toMatchObject({
      ok: false,
      fieldErrors: { body: expect.stringMatching(/Écrivez/) },
    });
    expect(
      await live.postLiveEntryAction({ ok: false }, form({ articleId: story.id, body: 'Deuxième fait.', keyPoint: '1' })),
    ).toMatchObject({
      ok: true,
    });
    expect(await live.editLiveEntryAction({ ok: false }, form({ entryId: entry.id, body: 'Premier fait, précisé.' }))).toMatchObject({
      ok: true,
    });
    const rows = await prisma().liveEntry.findMany({ where: { articleId: story.id }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.body, r.keyPoint, r.editedAt !== null])).toEqual([
      ['Premier fait, précisé.', false, true],
      ['Deuxième fait.', true, false],
    ]);
  });
});
