/**
 * Presence on a story's edit page: who else has it open, who is typing and since when; gone when they
 * leave or stop being heard from. Only those who may edit the story take part.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createArticle, createRubrique, createSession, createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

// Route handlers outside a Next request: the session comes from this stub, everything else is real.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; tv: number; sid?: string } } }));
vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getServerSession: vi.fn(async () => session.current),
}));

const { prisma } = withScratchDatabase();
beforeEach(() => {
  session.current = null;
});

const presence = () => import('../../lib/data/presence');

async function fixture() {
  const rubrique = await createRubrique(prisma());
  const journalist = await createUser(prisma(), { role: 'JOURNALIST', name: 'Awa Ndiaye' });
  const editor = await createUser(prisma(), { role: 'EDITOR', name: 'Moussa Diop' });
  const other = await createUser(prisma(), { role: 'JOURNALIST', name: 'Fatou Sarr' });
  const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: journalist.id, status: 'DRAFT' });
  return { journalist, editor, other, story };
}

const seconds = (base: Date, s: number) => new Date(base.getTime() + s * 1000);

describe('presence on a story’s edit page', () => {
  it('shows each person the others, typing or reading, and keeps the time typing started', async () => {
    const { recordPresence } = await presence();
    const { journalist, editor, story } = await fixture();
    const t0 = new Date('2026-12-07T13:00:00Z');

    expect(await recordPresence(journalist, story.id, false, t0)).toEqual([]);
    const seenByEditor = await recordPresence(editor, story.id, false, seconds(t0, 2));
    expect(seenByEditor).toEqual([{ userId: journalist.id, name: 'Awa Ndiaye', openedAt: t0, typingSince: null }]);

    // The editor starts typing at 13:00:05 and goes on: the first time is kept.
    await recordPresence(editor, story.id, true, seconds(t0, 5));
    await recordPresence(editor, story.id, true, seconds(t0, 10));
    expect(await recordPresence(journalist, story.id, false, seconds(t0, 11))).toEqual([
      { userId: editor.id, name: 'Moussa Diop', openedAt: seconds(t0, 2), typingSince: seconds(t0, 5) },
    ]);

    // Stopped (or saved): reading again; typing once more starts a new time.
    await recordPresence(editor, story.id, false, seconds(t0, 20));
    expect((await recordPresence(journalist, story.id, false, seconds(t0, 21)))[0].typingSince).toBeNull();
    await recordPresence(editor, story.id, true, seconds(t0, 25));
    expect((await recordPresence(journalist, story.id, false, seconds(t0, 26)))[0].typingSince).toEqual(seconds(t0, 25));
    // One row per person and story, however many heartbeats.
    expect(await prisma().editingPresence.count({ where: { articleId: story.id } })).toBe(2);
  });

  it('lists those typing first', async () => {
    const { recordPresence } = await presence();
    const { journalist, editor, story } = await fixture();
    const second = await createUser(prisma(), { role: 'EDITOR', name: 'Khady Fall' });
    const t0 = new Date('2026-12-07T13:00:00Z');
    await recordPresence(editor, story.id, false, t0);
    await recordPresence(second, story.id, true, seconds(t0, 1));
    const seen = await recordPresence(journalist, story.id, false, seconds(t0, 2));
    expect(seen.map((p) => p.name)).toEqual(['Khady Fall', 'Moussa Diop']);
  });

  it('forgets a page not heard from for 30 s, and counts its return as a new opening', async () => {
    const { recordPresence, PRESENCE_FRESH_MS } = await presence();
    const { journalist, editor, story } = await fixture();
    const t0 = new Date('2026-12-07T13:00:00Z');
    await recordPresence(editor, story.id, true, t0);
    expect(await recordPresence(journalist, story.id, false, seconds(t0, 29))).toHaveLength(1);
    expect(await recordPresence(journalist, story.id, false, new Date(t0.getTime() + PRESENCE_FRESH_MS + 1))).toEqual([]);

    // Back later (its page was asleep): opened and typing from now, not from before.
    const back = seconds(t0, 45);
    await recordPresence(editor, story.id, true, back);
    expect(await recordPresence(journalist, story.id, false, seconds(t0, 46))).toEqual([
      { userId: editor.id, name: 'Moussa Diop', openedAt: back, typingSince: back },
    ]);

    // A row a minute old is deleted by the next heartbeat on the story.
    await recordPresence(journalist, story.id, false, seconds(t0, 200));
    expect(await prisma().editingPresence.findMany({ where: { articleId: story.id }, select: { userId: true } })).toEqual([
      { userId: journalist.id },
    ]);
  });

  it('no longer shows someone who left the page, nor a deactivated account', async () => {
    const { recordPresence, leavePresence } = await presence();
    const { journalist, editor, story } = await fixture();
    const second = await createUser(prisma(), { role: 'EDITOR', name: 'Khady Fall' });
    await recordPresence(editor, story.id, true);
    await recordPresence(second, story.id, false);
    await leavePresence(editor, story.id);
    await prisma().user.update({ where: { id: second.id }, data: { active: false } });
    expect(await recordPresence(journalist, story.id, false)).toEqual([]);
    expect(await prisma().editingPresence.count({ where: { userId: editor.id } })).toBe(0);
  });

  it('refuses someone who may not edit the story, and an unknown story', async () => {
    const { recordPresence } = await presence();
    const { other, story } = await fixture();
    await expect(recordPresence(other, story.id, false)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(recordPresence(other, 'introuvable', false)).rejects.toMatchObject({ code: 'not_found' });
    expect(await prisma().editingPresence.count({ where: { articleId: story.id } })).toBe(0);
  });
});

describe('/api/articles/{id}/presence checks the session, the right and the origin itself', () => {
  const request = (id: string, method: 'POST' | 'DELETE', body = '{"typing":true}', origin = 'http://localhost:3000') =>
    new Request(`http://localhost:3000/api/articles/${id}/presence`, {
      method,
      body: method === 'POST' ? body : undefined,
      headers: { 'content-type': 'application/json', host: 'localhost:3000', origin },
    });
  const context = (id: string) => ({ params: Promise.resolve({ id }) });

  it('answers the others to those who may edit, and refuses everyone else without writing', async () => {
    const { POST, DELETE } = await import('../../app/api/articles/[id]/presence/route');
    const { journalist, editor, other, story } = await fixture();

    expect((await POST(request(story.id, 'POST'), context(story.id))).status).toBe(401);
    session.current = await createSession(prisma(), other.id);
    const refused = await POST(request(story.id, 'POST'), context(story.id));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: expect.stringContaining('droits') });
    session.current = await createSession(prisma(), editor.id);
    expect((await POST(request(story.id, 'POST', '{"typing":true}', 'https://ailleurs.example'), context(story.id))).status).toBe(403);
    expect((await POST(request(story.id, 'POST', 'pas du json'), context(story.id))).status).toBe(400);
    expect(await prisma().editingPresence.count({ where: { articleId: story.id } })).toBe(0);
    // A temporary password not yet replaced: nothing, like any action.
    await prisma().user.update({ where: { id: editor.id }, data: { mustChangePassword: true } });
    expect((await POST(request(story.id, 'POST'), context(story.id))).status).toBe(403);
    await prisma().user.update({ where: { id: editor.id }, data: { mustChangePassword: false } });
    expect(await prisma().editingPresence.count({ where: { articleId: story.id } })).toBe(0);

    const typing = await POST(request(story.id, 'POST'), context(story.id));
    expect(typing.status).toBe(200);
    expect(typing.headers.get('cache-control')).toBe('private, no-store');
    expect(await typing.json()).toEqual({ others: [] });

    session.current = await createSession(prisma(), journalist.id);
    const seen = (await (await POST(request(story.id, 'POST', '{"typing":false}'), context(story.id))).json()) as {
      others: { name: string; typingSince: string | null }[];
    };
    expect(seen.others).toEqual([
      { userId: editor.id, name: 'Moussa Diop', openedAt: expect.any(String), typingSince: expect.any(String) },
    ]);

    // A heartbeat is the page's, not the person's: it does not keep the session from going idle.
    const idleSince = new Date(Date.now() - 5 * 60_000);
    await prisma().userSession.update({ where: { id: session.current.user.sid }, data: { lastSeenAt: idleSince } });
    expect((await POST(request(story.id, 'POST', '{"typing":false}'), context(story.id))).status).toBe(200);
    expect((await prisma().userSession.findUniqueOrThrow({ where: { id: session.current.user.sid } })).lastSeenAt).toEqual(idleSince);

    session.current = await createSession(prisma(), editor.id);
    expect((await DELETE(request(story.id, 'DELETE'), context(story.id))).status).toBe(200);
    session.current = await createSession(prisma(), journalist.id);
    expect(await (await POST(request(story.id, 'POST', '{"typing":false}'), context(story.id))).json()).toEqual({ others: [] });
  });
});
