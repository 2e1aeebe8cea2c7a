/**
 * « La une »: an arrangement is published in one step, all or nothing, versioned, refused when the
 * front page changed meanwhile (another editor, a story's own page, a pin running out), kept in a
 * history that a restore publishes again; and readers' Manchettes follow it exactly.
 */
import { describe, expect, it } from 'vitest';
import { createArticle, createUser } from '../support/factories';
import { newsroomLib as lib, newsroomSetup } from '../support/newsroom';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();

const front = () => import('../../lib/data/front-page');
const homepage = async () => (await import('../../lib/data/get-homepage')).getHomepage([]);

async function sixStories() {
  const { rubrique, editor, journalist, draft } = await newsroomSetup(prisma());
  const stories = [];
  for (let i = 0; i < 6; i++) {
    stories.push(
      await createArticle(prisma(), {
        rubriqueId: rubrique.id,
        authorId: journalist.id,
        title: `Histoire ${i}`,
        publishedAt: new Date(Date.UTC(2026, 11, 1, 8 + i)),
      }),
    );
  }
  const [a, b, c, d, e, f] = stories.map((story) => story.id) as [string, string, string, string, string, string];
  return { editor, journalist, draft, rubrique, a, b, c, d, e, f };
}

const slot = (articleId: string, pinnedUntil: string | null = null) => ({ articleId, pinnedUntil });

describe('« La une »', () => {
  it('publishes an arrangement that readers get exactly, in its order, as a new version', async () => {
    await prisma().$executeRaw`TRUNCATE "Article", "FrontPageRevision" CASCADE`;
    const { publishFrontPage, readFrontPage } = await front();
    const { editor, a, b, c, d, f } = await sixStories();
    const start = await readFrontPage();
    expect(start.version).toBe(0);
    // Nothing placed: the newest leads, the next ones follow.
    expect((await homepage()).lead?.id).toBe(f);

    const done = await publishFrontPage(editor, 0, { lead: slot(b), top: [slot(d), slot(a), slot(c)] });
    expect(done.version).toBe(1);
    const home = await homepage();
    expect(home.lead?.id).toBe(b);
    // The three arranged in their order, then the newest to fill the fourth place.
    expect(home.top.map((card) => card.id)).toEqual([d, a, c, f]);

    const state = await readFrontPage();
    expect(state.version).toBe(1);
    expect(state.lead?.id).toBe(b);
    expect(state.top.map((story) => story.id)).toEqual([d, a, c]);
    expect(state.changedBy).toBe(editor.name);

    // Placement is the story's own (a new version of each placed story); the order is the front page's.
    expect((await prisma().article.findUniqueOrThrow({ where: { id: b } })).version).toBe(2);
    const reordered = await publishFrontPage(editor, 1, { lead: slot(b), top: [slot(a), slot(d)] });
    expect(reordered.version).toBe(2);
    expect((await prisma().article.findUniqueOrThrow({ where: { id: a } })).version).toBe(2);
    // Left out of the arrangement: back to the flow of the newest.
    const left = await prisma().article.findUniqueOrThrow({ where: { id: c } });
    expect([left.placement, left.frontPosition]).toEqual(['NONE', null]);
    expect((await homepage()).top.map((card) => card.id).slice(0, 2)).toEqual([a, d]);
    expect(await prisma().auditLog.count({ where: { action: 'frontpage.publish' } })).toBe(2);
  });

  it('refuses an arrangement made on an older front page, and changes nothing', async () => {
    await prisma().$executeRaw`TRUNCATE "Article", "FrontPageRevision" CASCADE`;
    const { publishFrontPage } = await front();
    const { editor, a, b, c } = await sixStories();
    const second = await createUser(prisma(), { role: 'EDITOR' });
    await publishFrontPage(editor, 0, { lead: slot(a), top: [slot(b)] });
    await expect(publishFrontPage(second, 0, { lead: slot(c), top: [] })).rejects.toMatchObject({ code: 'conflict' });
    expect((await homepage()).lead?.id).toBe(a);
    expect(await prisma().frontPageRevision.count()).toBe(1);
  });

  it('is told when a story is placed from its own page meanwhile', async () => {
    await prisma().$executeRaw`TRUNCATE "Article", "FrontPageRevision" CASCADE`;
    const { createArticle: write, saveArticle } = await lib();
    const { publishFrontPage, readFrontPage } = await front();
    const { editor, draft, a, b } = await sixStories();
    await publishFrontPage(editor, 0, { lead: slot(a), top: [slot(b)] });
    // Another editor puts a new story in the lead from its page: the old lead heads the top titles.
    const story = await write(editor, draft({ title: 'Le scoop', placement: 'LEAD' }));
    const published = await saveArticle(editor, story.id, 1, draft({ title: 'Le scoop', placement: 'LEAD' }), 'publish');
    expect(published.displaced?.map((d) => d.id)).toEqual([a]);
    const state = await readFrontPage();
    expect(state.version).toBe(2);
    expect(state.lead?.id).toBe(story.id);
    expect(state.top.map((s) => s.id)).toEqual([a, b]);
    expect((await prisma().frontPageRevision.findUniqueOrThrow({ where: { version: 2 } })).cause).toBe('story');
    // The first editor's arrangement, made on version 1, is refused.
    await expect(publishFrontPage(editor, 1, { lead: slot(b), top: [] })).rejects.toMatchObject({ code: 'conflict' });
    // A save that leaves the front page alone makes no new version.
    await saveArticle(editor, story.id, published.version, draft({ title: 'Le scoop, suite', placement: 'LEAD' }), 'save');
    expect((await readFrontPage()).version).toBe(2);
  });

  it('refuses bad arrangements with a French message', async () => {
    await prisma().$executeRaw`TRUNCATE "Article", "FrontPageRevision" CASCADE`;
    const { publishFrontPage } = await front();
    const { editor, journalist, rubrique, a, b, c, d, e } = await sixStories();
    const draft = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: journalist.id, status: 'DRAFT', title: 'Pas prêt' });
    await expect(publishFrontPage(editor, 0, { lead: slot(draft.id), top: [] })).rejects.toThrow(
      /«\u00a0Pas prêt\u00a0» n’est pas en ligne/,
    );
    await expect(publishFrontPage(editor, 0, { lead: slot(a), top: [slot(a)] })).rejects.toThrow(/deux places/);
    await expect(publishFrontPage(editor, 0, { lead: null, top: [a, b, c, d, e].map((id) => slot(id)) })).rejects.toThrow(
      /au plus 4 titres/,
    );
    await expect(publishFrontPage(editor, 0, { lead: slot(a, '2020-01-01T00:00:00Z'), top: [] })).rejects.toThrow(/dans le futur/);
    await expect(publishFrontPage(editor, 0, { lead: slot(a, 'demain'), top: [] })).rejects.toThrow(/pas une date valide/);
    await expect(publishFrontPage(journalist, 0, { lead: slot(a), top: [] })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await prisma().frontPageRevision.count()).toBe(0);
    expect(await prisma().article.count({ where: { placement: { not: 'NONE' } } })).toBe(0);
  });

  it('takes a story off when its pin runs out, as a version of its own', async () => {
    await prisma().$executeRaw`TRUNCATE "Article", "FrontPageRevision" CASCADE`;
    const { publishFrontPage, expireFrontPins, readFrontPage } = await front();
    const { editor, a, b } = await sixStories();
    const now = new Date();
    const until = new Date(now.getTime() + 60 * 60_000);
    await publishFrontPage(editor, 0, { lead: slot(a, until.toISOString()), top: [slot(b)] }, { now });
    expect((await expireFrontPins(now)).keys).toEqual([]);
    const change = await expireFrontPins(new Date(until.getTime() + 1));
    expect(change.keys).toEqual(['list:home']);
    const state = await readFrontPage();
    expect(state.lead).toBeNull();
    expect(state.top.map((s) => s.id)).toEqual([b]);
    expect((await prisma().frontPageRevision.findUniqueOrThrow({ where: { version: 2 } })).cause).toBe('expire');
  });

  it('keeps every version and restores one as a new version, naming stories gone offline', async () => {
    await prisma().$executeRaw`TRUNCATE "Article", "FrontPageRevision" CASCADE`;
    const { publishFrontPage, restoreFrontPage, findFrontPageRevisions, readFrontPage } = await front();
    const { editor, a, b, c, d } = await sixStories();
    await publishFrontPage(editor, 0, { lead: slot(a), top: [slot(b), slot(c)] });
    await publishFrontPage(editor, 1, { lead: slot(d), top: [] });
    await prisma().article.update({ where: { id: c }, data: { status: 'DRAFT' } });
    const history = await findFrontPageRevisions();
    expect(history.map((r) => r.version)).toEqual([2, 1]);
    expect(history[1]?.slots.map((s) => [s.title, s.placement, s.online])).toEqual([
      ['Histoire 0', 'LEAD', true],
      ['Histoire 1', 'TOP', true],
      ['Histoire 2', 'TOP', false],
    ]);
    await expect(restoreFrontPage(editor, 1, 1)).rejects.toMatchObject({ code: 'conflict' });
    const restored = await restoreFrontPage(editor, 2, 1);
    expect(restored.version).toBe(3);
    expect(restored.skipped).toEqual(['Histoire 2']);
    const state = await readFrontPage();
    expect([state.lead?.id, state.top.map((s) => s.id)]).toEqual([a, [b]]);
    expect(state.cause).toBe('restore');
  });

  it('previews an arrangement through the readers’ own query without publishing it', async () => {
    await prisma().$executeRaw`TRUNCATE "Article", "FrontPageRevision" CASCADE`;
    const { publishFrontPage } = await front();
    const { getHomepage } = await import('../../lib/data/get-homepage');
    const { editor, a, b, c, f } = await sixStories();
    await publishFrontPage(editor, 0, { lead: slot(a), top: [slot(b)] });
    const preview = await getHomepage([], { lead: c, top: [a], cleared: [b] });
    expect(preview.lead?.id).toBe(c);
    expect(preview.top[0]?.id).toBe(a);
    expect(preview.top.map((card) => card.id)).toContain(f);
    expect((await homepage()).lead?.id).toBe(a);
  });
});
