/**
 * « La une »'s server actions check the session and the role themselves: without a session or as a
 * journalist, a French message and nothing written; as an editor, the arrangement is published.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createArticle, createRubrique, createSession, createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

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

describe('« La une »’s actions', () => {
  it('refuse without a session and to a journalist, and publish for an editor', async () => {
    const actions = await import('../../lib/actions/front-page-actions');
    const rubrique = await createRubrique(prisma());
    const journalist = await createUser(prisma(), { role: 'JOURNALIST' });
    const editor = await createUser(prisma(), { role: 'EDITOR' });
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: journalist.id });
    const arrangement = { lead: { articleId: story.id, pinnedUntil: null }, top: [] };

    expect(await actions.publishFrontPageAction(0, arrangement)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/session a expiré/),
    });
    expect(await actions.restoreFrontPageAction({ ok: false }, form({ base: '0', version: '1' }))).toMatchObject({ ok: false });
    expect((await actions.searchFrontCandidatesAction('')).stories).toEqual([]);

    session.current = await createSession(prisma(), journalist.id);
    expect(await actions.publishFrontPageAction(0, arrangement)).toMatchObject({ ok: false, error: expect.stringMatching(/droits/) });
    expect((await actions.searchFrontCandidatesAction('')).stories).toEqual([]);
    expect(await prisma().frontPageRevision.count()).toBe(0);
    expect((await prisma().article.findUniqueOrThrow({ where: { id: story.id } })).placement).toBe('NONE');

    session.current = await createSession(prisma(), editor.id);
    expect(await actions.publishFrontPageAction(-1, arrangement)).toMatchObject({ ok: false, message: expect.stringMatching(/rechargez/) });
    expect(await actions.publishFrontPageAction(0, { lead: null, top: 'tout' })).toMatchObject({ ok: false });
    const done = await actions.publishFrontPageAction(0, arrangement);
    expect(done).toMatchObject({ ok: true, version: 1 });
    expect(done.current?.lead?.id).toBe(story.id);
    // The same base again: the front page moved on, the answer carries the current one.
    const late = await actions.publishFrontPageAction(0, { lead: null, top: [] });
    expect(late).toMatchObject({ ok: false, message: expect.stringMatching(/modifiée entre-temps/) });
    expect(late.current?.version).toBe(1);
    expect((await actions.searchFrontCandidatesAction('')).stories.map((s) => s.id)).toEqual([story.id]);
  });
});
