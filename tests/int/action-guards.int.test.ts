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
  const other = await createUser(prisma(), { role: 'JOURNALIST' });
  const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: other.id, status: 'PUBLISHED' });
  const articleFields = {
    id: story.id,
    version: '1',
    title: 'Titre modifié',
    chapo: 'Chapô.',
    body: 'Un texte assez long pour publier.',
    rubriqueId: rubrique.id,
  };
  return { rubrique, journalist, other, story, articleFields };
}

describe('every server action checks the session and the role itself', () => {
  it('without a session: a French message, nothing written', async () => {
    const articles = await import('../../lib/actions/article-actions');
    const rubriques = await import('../../lib/actions/rubrique-actions');
    const users = await import('../../lib/actions/user-actions');
    const identity = await import('../../lib/actions/site-identity-actions');
    const focus = await import('../../lib/actions/image-focus-actions');
    const { rubrique, story, articleFields } = await fixture();
    const auditBefore = await prisma().auditLog.count();

    const results = [
      await articles.createArticleAction(form({ title: 'Intrus', chapo: '', body: '', rubriqueId: rubrique.id })),
      await articles.saveArticleAction(form({ ...articleFields, intent: 'publish' })),
      await articles.addUpdateEntryAction({ ok: false }, form({ id: story.id, kind: 'CORRECTION', note: 'Une note publique.' })),
      await articles.editUpdateEntryAction({ ok: false }, form({ entryId: 'une-mention', kind: 'CORRECTION', note: 'Une note publique.' })),
      await articles.removeUpdateEntryAction({ ok: false }, form({ entryId: 'une-mention' })),
      await articles.restoreRevisionAction({ ok: false }, form({ id: story.id, version: '1', baseVersion: '1' })),
      await articles.markLiveEditReadAction({ ok: false }, form({ id: story.id, seenAt: new Date().toISOString() })),
      await rubriques.createRubriqueAction({ ok: false }, form({ name: 'Société', description: '' })),
      await rubriques.deleteRubriqueAction({ ok: false }, form({ id: rubrique.id })),
      await users.createUserAction({ ok: false }, form({ email: 'x@dakarinfo.test', name: 'X', role: 'ADMIN' })),
      await users.changeRoleAction({ ok: false }, form({ id: story.authorId, role: 'ADMIN' })),
      await identity.saveSiteIdentityAction({ ok: false }, form({ name: 'Intrus', tagline: 'Piraté', timeZone: 'Europe/Paris' })),
      await focus.setImageFocusAction({ ok: false }, form({ articleId: story.id, focus: '20-20' })),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/session a expiré/) });
    expect(await prisma().siteSetting.count({ where: { key: 'identity' } })).toBe(0);
    expect(await articles.searchRelatedAction('Article', null)).toEqual([]);
    expect(await prisma().auditLog.count()).toBe(auditBefore);
    expect((await prisma().article.findUniqueOrThrow({ where: { id: story.id } })).title).toBe(story.title);
    expect(await prisma().rubrique.count({ where: { slug: 'societe' } })).toBe(0);
  });

  it('a journalist cannot publish, mark « mise à jour », edit another’s story, or manage rubriques and users', async () => {
    const articles = await import('../../lib/actions/article-actions');
    const rubriques = await import('../../lib/actions/rubrique-actions');
    const users = await import('../../lib/actions/user-actions');
    const { journalist, story, articleFields } = await fixture();
    session.current = await createSession(prisma(), journalist.id);

    expect(await articles.saveArticleAction(form({ ...articleFields, intent: 'save' }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/droits/),
    });
    expect(
      await articles.addUpdateEntryAction({ ok: false }, form({ id: story.id, kind: 'CORRECTION', note: 'Une note publique.' })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/droits/) });
    const entry = await prisma().articleUpdate.create({ data: { articleId: story.id, kind: 'MISE_A_JOUR', note: 'Une note publique.' } });
    expect(
      await articles.editUpdateEntryAction({ ok: false }, form({ entryId: entry.id, kind: 'CORRECTION', note: 'Réécrite.' })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/droits/) });
    expect(await articles.removeUpdateEntryAction({ ok: false }, form({ entryId: entry.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/droits/),
    });
    expect(await prisma().articleUpdate.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      kind: 'MISE_A_JOUR',
      note: 'Une note publique.',
    });
    // Marking a colleague's (or one's own) change to a story online as read is the editors' job.
    const seenAt = new Date();
    await prisma().article.update({
      where: { id: story.id },
      data: { liveEditAt: seenAt, liveEditById: story.authorId, liveEditFromVersion: 1 },
    });
    expect(await articles.markLiveEditReadAction({ ok: false }, form({ id: story.id, seenAt: seenAt.toISOString() }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/droits/),
    });
    expect((await prisma().article.findUniqueOrThrow({ where: { id: story.id } })).liveEditAt).toEqual(seenAt);
    expect(await rubriques.createRubriqueAction({ ok: false }, form({ name: 'Société', description: '' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/droits/),
    });
    expect(await users.changeRoleAction({ ok: false }, form({ id: journalist.id, role: 'ADMIN' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/droits/),
    });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: journalist.id } })).role).toBe('JOURNALIST');
    expect((await prisma().article.findUniqueOrThrow({ where: { id: story.id } })).title).toBe(story.title);
  });

  it('a session from before a role change or deactivation is refused', async () => {
    const rubriques = await import('../../lib/actions/rubrique-actions');
    const editor = await createUser(prisma(), { role: 'EDITOR' });
    session.current = await createSession(prisma(), editor.id);
    await prisma().user.update({ where: { id: editor.id }, data: { tokenVersion: 1 } });
    expect(await rubriques.createRubriqueAction({ ok: false }, form({ name: 'Société', description: '' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/session a expiré/),
    });
  });

  it('a journalist’s own new story ignores status, author and publication date sent in the form', async () => {
    const articles = await import('../../lib/actions/article-actions');
    const { journalist, rubrique, other } = await fixture();
    session.current = await createSession(prisma(), journalist.id);
    await expect(
      articles.createArticleAction(
        form({
          title: 'Mon brouillon',
          chapo: '',
          body: '',
          rubriqueId: rubrique.id,
          status: 'PUBLISHED',
          authorId: other.id,
          publishedAt: '2020-01-01',
          placement: 'LEAD',
        }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringMatching(/NEXT_REDIRECT/) });
    const created = await prisma().article.findFirstOrThrow({ where: { title: 'Mon brouillon' } });
    expect(created).toMatchObject({ status: 'DRAFT', authorId: journalist.id, publishedAt: null, placement: 'NONE' });
  });

  it('refuses an empty or 100,000-character title with a French message and no write', async () => {
    const articles = await import('../../lib/actions/article-actions');
    const { journalist, rubrique } = await fixture();
    session.current = await createSession(prisma(), journalist.id);
    const count = await prisma().article.count();
    expect(await articles.createArticleAction(form({ title: '', chapo: '', body: '', rubriqueId: rubrique.id }))).toMatchObject({
      ok: false,
      fieldErrors: { title: 'Le titre est obligatoire.' },
    });
    expect(
      await articles.createArticleAction(form({ title: 'x'.repeat(100_000), chapo: '', body: '', rubriqueId: rubrique.id })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { title: 'Le titre ne doit pas dépasser 200 caractères.' },
    });
    expect(await prisma().article.count()).toBe(count);
  });
});
