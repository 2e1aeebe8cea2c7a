import { describe, expect, it } from 'vitest';
import { newsroomLib as lib, newsroomSetup } from '../support/newsroom';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();
const setup = () => newsroomSetup(prisma());
describe('newsroom rules in the data layer', () => {
  it('follows the workflow: a journalist writes and submits, only an editor publishes; publishedAt comes from the server', async () => {
    const { createArticle, saveArticle, getPublishedArticle } = await lib();
    const { journalist, editor, draft } = await setup();
    const created = await createArticle(journalist, draft({ placement: 'LEAD' }));
    const row = await prisma().article.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      status: 'DRAFT',
      slug: 'l-ete-des-reformes',
      authorId: journalist.id,
      placement: 'NONE',
      publishedAt: null,
    });

    await expect(saveArticle(journalist, created.id, 1, draft(), 'publish')).rejects.toMatchObject({ code: 'forbidden' });
    const submitted = await saveArticle(journalist, created.id, 1, draft(), 'submit');
    expect(submitted.status).toBe('IN_REVIEW');
    expect(await getPublishedArticle('l-ete-des-reformes')).toBeNull();

    const before = Date.now();
    const published = await saveArticle(editor, created.id, submitted.version, draft(), 'publish');
    expect(published.status).toBe('PUBLISHED');
    expect(published.publicChange.keys).toEqual(
      expect.arrayContaining([
        'list:home',
        `list:rubrique:${row.rubriqueId}`,
        `article:${created.id}`,
        `list:author:${journalist.id}`,
        'list:authors',
      ]),
    );
    const live = await getPublishedArticle('l-ete-des-reformes');
    expect(live?.publishedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await prisma().auditLog.count({ where: { action: 'article.publish', targetId: created.id, actorId: editor.id } })).toBe(1);
  });

  it('sends a story in review back to draft: the editor to be reworked, its author to withdraw it; nobody else, nothing else', async () => {
    const { createArticle, saveArticle } = await lib();
    const { journalist, other, editor, draft } = await setup();
    const created = await createArticle(journalist, draft());
    // Only a story in review can go back.
    await expect(saveArticle(journalist, created.id, 1, draft(), 'return')).rejects.toMatchObject({ code: 'invalid' });
    const submitted = await saveArticle(journalist, created.id, 1, draft(), 'submit');
    await expect(saveArticle(other, created.id, submitted.version, draft(), 'return')).rejects.toMatchObject({ code: 'forbidden' });

    const { getEditableArticle } = await import('../../lib/data/get-editable-article');
    expect((await getEditableArticle(journalist, created.id)).sentBack).toBeNull();
    // Sent back by an editor: the reason is required.
    await expect(saveArticle(editor, created.id, submitted.version, draft(), 'return', { returnNote: '  ' })).rejects.toMatchObject({
      code: 'invalid',
    });
    const returned = await saveArticle(
      editor,
      created.id,
      submitted.version,
      draft({ chapo: 'Un chapô à reprendre, dit l’édition.' }),
      'return',
      {
        returnNote: 'Il manque la réaction du maire.',
      },
    );
    expect(returned).toMatchObject({ status: 'DRAFT', publicChange: { keys: [] } });
    expect(await prisma().auditLog.count({ where: { action: 'article.return', targetId: created.id, actorId: editor.id } })).toBe(1);
    // Its author sees who sent it back, when, and why, until it goes back to review.
    const seen = await getEditableArticle(journalist, created.id);
    expect(seen.sentBack).toMatchObject({ byName: editor.name, note: 'Il manque la réaction du maire.' });
    expect(seen.sentBack?.at.getTime()).toBeGreaterThan(Date.now() - 60_000);
    // The newsroom's list flags it (one query for the whole page), and only it.
    const { findNewsroomArticles } = await import('../../lib/data/find-newsroom-articles');
    const untouched = await createArticle(journalist, draft({ title: 'Un autre brouillon' }));
    const listed = (await findNewsroomArticles(journalist, { page: 1, mine: true })).rows;
    expect(listed.find((row) => row.id === created.id)?.sentBack).toMatchObject({
      byName: editor.name,
      note: 'Il manque la réaction du maire.',
    });
    expect(listed.find((row) => row.id === untouched.id)?.sentBack).toBeNull();

    const again = await saveArticle(journalist, created.id, returned.version, draft(), 'submit');
    expect((await getEditableArticle(journalist, created.id)).sentBack).toBeNull();
    expect(
      (await findNewsroomArticles(journalist, { page: 1, mine: true })).rows.find((row) => row.id === created.id)?.sentBack,
    ).toBeNull();
    // Withdrawn by its author: nothing to tell them.
    const withdrawn = await saveArticle(journalist, created.id, again.version, draft(), 'return', { returnNote: 'ignoré' });
    expect(withdrawn.status).toBe('DRAFT');
    expect((await getEditableArticle(journalist, created.id)).sentBack).toBeNull();
    const published = await saveArticle(editor, created.id, withdrawn.version, draft(), 'publish');
    await expect(saveArticle(editor, created.id, published.version, draft(), 'return')).rejects.toMatchObject({ code: 'invalid' });
  });

  it('keeps journalists off other people’s stories', async () => {
    const { createArticle, saveArticle } = await lib();
    const { journalist, other, draft } = await setup();
    const created = await createArticle(journalist, draft());
    await expect(saveArticle(other, created.id, 1, draft({ title: 'Piraté' }), 'save')).rejects.toMatchObject({ code: 'forbidden' });
    expect((await prisma().article.findUniqueOrThrow({ where: { id: created.id } })).title).toBe('L’été des réformes');
  });

  it('refuses a stale save with a conflict and writes nothing; both texts survive', async () => {
    const { createArticle, saveArticle } = await lib();
    const { journalist, editor, draft } = await setup();
    const created = await createArticle(journalist, draft());
    await saveArticle(editor, created.id, 1, draft({ body: 'Texte de l’éditrice, enregistré en premier.' }), 'save');
    await expect(
      saveArticle(journalist, created.id, 1, draft({ body: 'Texte du journaliste, parti de la même version.' }), 'save'),
    ).rejects.toMatchObject({ code: 'conflict' });
    const row = await prisma().article.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.body).toBe('Texte de l’éditrice, enregistré en premier.');
    expect(row.version).toBe(2);
    // Rebased on the current version (what the form does once a merge is applied), the second text goes through.
    await saveArticle(journalist, created.id, 2, draft({ body: 'Texte du journaliste, parti de la même version.' }), 'save');
    const bodies = (await prisma().revision.findMany({ where: { articleId: created.id }, orderBy: { version: 'asc' } })).map((r) => r.body);
    expect(bodies).toContain('Texte de l’éditrice, enregistré en premier.');
    expect(bodies.at(-1)).toBe('Texte du journaliste, parti de la même version.');
  });

  it('publishes once when « Publier » is clicked twice', async () => {
    const { createArticle, saveArticle } = await lib();
    const { editor, draft } = await setup();
    const created = await createArticle(editor, draft());
    const [first, second] = await Promise.allSettled([
      saveArticle(editor, created.id, 1, draft(), 'publish'),
      saveArticle(editor, created.id, 1, draft(), 'publish'),
    ]);
    const results = [first, second]
      .filter((r) => r.status === 'fulfilled')
      .map((r) => (r as PromiseFulfilledResult<{ unchanged: boolean }>).value);
    expect(results.length).toBeGreaterThanOrEqual(1);
    const again = await saveArticle(editor, created.id, 1, draft(), 'publish');
    expect(again.unchanged).toBe(true);
    expect(await prisma().auditLog.count({ where: { action: 'article.publish', targetId: created.id } })).toBe(1);
    expect((await prisma().article.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(2);
  });

  it('requires a chapô to publish, and refuses unknown rubriques and related stories', async () => {
    const { createArticle, saveArticle } = await lib();
    const { editor, draft } = await setup();
    const created = await createArticle(editor, draft({ chapo: '' }));
    await expect(saveArticle(editor, created.id, 1, draft({ chapo: '' }), 'publish')).rejects.toMatchObject({ field: 'chapo' });
    await expect(saveArticle(editor, created.id, 1, draft({ rubriqueId: 'inexistante' }), 'save')).rejects.toMatchObject({
      field: 'rubriqueId',
    });
    await expect(saveArticle(editor, created.id, 1, draft({ related: ['inexistant'] }), 'save')).rejects.toMatchObject({
      field: 'related',
    });
    expect((await prisma().article.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(1);
  });

  it('keeps a published story’s old address as a 301 when its slug changes', async () => {
    const { createArticle, saveArticle, findMissingStory } = await lib();
    const { editor, draft, rubrique } = await setup();
    const created = await createArticle(editor, draft());
    // Before first publication the slug can change freely, leaving nothing behind.
    await saveArticle(editor, created.id, 1, draft({ slug: 'premier-essai' }), 'save');
    const published = await saveArticle(editor, created.id, 2, draft({ slug: 'premier-essai' }), 'publish');
    await saveArticle(editor, created.id, published.version, draft({ slug: 'titre-definitif' }), 'save');
    expect(await findMissingStory('premier-essai')).toEqual({ moved: `/${rubrique.slug}/titre-definitif` });
    expect(await findMissingStory('l-ete-des-reformes')).toBeNull();
    // A slug another story uses (or used) is refused.
    const second = await createArticle(editor, draft({ title: 'Autre' }));
    await expect(saveArticle(editor, second.id, 1, draft({ title: 'Autre', slug: 'premier-essai' }), 'save')).rejects.toMatchObject({
      field: 'slug',
    });
  });

  it('lists a colleague’s published story for a journalist as read-only, with its address on the site', async () => {
    const { createArticle, saveArticle } = await lib();
    const { findNewsroomArticles } = await import('../../lib/data/find-newsroom-articles');
    const { journalist, other, editor, draft } = await setup();
    const mine = await createArticle(journalist, draft({ title: 'Mon brouillon' }));
    const theirs = await createArticle(other, draft({ title: 'Leur article publié' }));
    await saveArticle(editor, theirs.id, 1, draft({ title: 'Leur article publié' }), 'publish');
    const { slug } = await prisma().article.findUniqueOrThrow({ where: { id: theirs.id }, include: { rubrique: true } });
    const rows = (await findNewsroomArticles(journalist, { page: 1 })).rows;
    expect(rows.find((row) => row.id === mine.id)).toMatchObject({ canEdit: true, publicHref: null });
    expect(rows.find((row) => row.id === theirs.id)).toMatchObject({
      canEdit: false,
      publicHref: expect.stringMatching(new RegExp(`/${slug}$`)),
    });
    expect((await findNewsroomArticles(editor, { page: 1 })).rows.find((row) => row.id === theirs.id)?.canEdit).toBe(true);
  });

  it('names everything a story lacks at once, when it is submitted as when it is published; nothing is written', async () => {
    const { createArticle, saveArticle } = await lib();
    const { journalist, editor, draft } = await setup();
    const created = await createArticle(journalist, draft({ chapo: '', body: 'Court.' }));
    const refusal = await saveArticle(journalist, created.id, 1, draft({ chapo: '', body: 'Court.' }), 'submit').catch(
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({
      code: 'invalid',
      message: 'Il manque encore 2 éléments avant de soumettre l’article à la relecture\u00a0: voyez les champs signalés.',
      fieldErrors: {
        chapo: 'Le chapô est obligatoire avant de soumettre l’article à la relecture.',
        body: 'Le texte doit compter 20 caractères au moins avant de soumettre l’article à la relecture (il en compte 6).',
      },
    });
    expect(await prisma().article.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: 'DRAFT', version: 1 });
    // One thing missing: that thing, by name.
    await expect(saveArticle(editor, created.id, 1, draft({ body: 'Court.' }), 'publish')).rejects.toMatchObject({
      message: 'Le texte doit compter 20 caractères au moins pour publier (il en compte 6).',
      fieldErrors: { body: expect.any(String) },
    });
    // Saving an unfinished draft is always fine.
    expect((await saveArticle(journalist, created.id, 1, draft({ chapo: '', body: 'Court, mais enregistré.' }), 'save')).status).toBe(
      'DRAFT',
    );
  });

  it('keeps a revision per save and restores an old one as a new revision', async () => {
    const { createArticle, saveArticle, findRevisions, restoreRevision } = await lib();
    const { journalist, draft } = await setup();
    const created = await createArticle(journalist, draft({ body: 'Version un du texte.' }));
    await saveArticle(journalist, created.id, 1, draft({ body: 'Version deux du texte.' }), 'save');
    await saveArticle(journalist, created.id, 2, draft({ body: 'Version trois du texte.' }), 'save');
    expect((await findRevisions(journalist, created.id)).revisions.map((r) => r.version)).toEqual([3, 2, 1]);
    const restored = await restoreRevision(journalist, created.id, 1, 3);
    expect(restored.version).toBe(4);
    expect((await prisma().article.findUniqueOrThrow({ where: { id: created.id } })).body).toBe('Version un du texte.');
    expect((await findRevisions(journalist, created.id)).revisions).toHaveLength(4);
  });

  it('schedules in the future only, and the scheduler publishes on time, once, even after a restart', async () => {
    const { createArticle, saveArticle, publishDueArticles, getPublishedArticle } = await lib();
    const { editor, draft } = await setup();
    const created = await createArticle(editor, draft({ title: 'Programmé pour demain' }));
    const now = new Date();
    await expect(
      saveArticle(editor, created.id, 1, draft({ title: 'Programmé pour demain' }), 'schedule', {
        scheduledAt: new Date(now.getTime() - 60_000),
      }),
    ).rejects.toMatchObject({
      field: 'scheduledAt',
    });
    const when = new Date(now.getTime() + 3_600_000);
    await saveArticle(editor, created.id, 1, draft({ title: 'Programmé pour demain' }), 'schedule', { scheduledAt: when });
    expect((await publishDueArticles(now)).keys).toEqual([]);
    expect(await getPublishedArticle('programme-pour-demain')).toBeNull();

    const later = new Date(when.getTime() + 1000);
    const change = await publishDueArticles(later);
    expect(change.keys).toContain('list:home');
    expect((await getPublishedArticle('programme-pour-demain'))?.publishedAt.toISOString()).toBe(when.toISOString());
    expect((await publishDueArticles(later)).keys).toEqual([]);
  });

  it('unpublishes: the story leaves the public site', async () => {
    const { createArticle, saveArticle, getPublishedArticle } = await lib();
    const { editor, draft } = await setup();
    const created = await createArticle(editor, draft({ title: 'Bientôt retiré' }));
    const published = await saveArticle(editor, created.id, 1, draft({ title: 'Bientôt retiré' }), 'publish');
    expect(await getPublishedArticle('bientot-retire')).not.toBeNull();
    await saveArticle(editor, created.id, published.version, draft({ title: 'Bientôt retiré' }), 'unpublish');
    expect(await getPublishedArticle('bientot-retire')).toBeNull();
  });

  it('never deletes a rubrique that has stories, and never lets a journalist manage rubriques', async () => {
    const { createArticle, deleteRubrique, createRubrique: create } = await lib();
    const { journalist, editor, draft, rubrique } = await setup();
    await createArticle(journalist, draft());
    await expect(deleteRubrique(editor, rubrique.id)).rejects.toMatchObject({ code: 'invalid' });
    await expect(create(journalist, { name: 'Société', slug: 'societe', description: '' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(create(editor, { name: 'Admin', slug: 'admin', description: '' })).rejects.toMatchObject({ field: 'slug' });
    expect(await prisma().rubrique.count({ where: { id: rubrique.id } })).toBe(1);
  });
});

describe('article form parsing', () => {
  it('ignores fields the server decides and refuses empty or huge titles', async () => {
    const { parseArticleForm } = await import('../../lib/validation/article');
    const form = new FormData();
    for (const [k, v] of Object.entries({
      title: 'Titre',
      chapo: 'c',
      body: 'b',
      rubriqueId: 'r',
      status: 'PUBLISHED',
      authorId: 'x',
      publishedAt: '2020-01-01',
    }))
      form.set(k, v);
    const parsed = parseArticleForm(form);
    expect(parsed.success).toBe(true);
    expect(Object.keys(parsed.data ?? {})).not.toEqual(expect.arrayContaining(['status', 'authorId', 'publishedAt']));

    form.set('title', 'x'.repeat(100_000));
    expect(parseArticleForm(form).error?.issues[0]?.message).toBe('Le titre ne doit pas dépasser 200 caractères.');
    form.set('title', '   ');
    expect(parseArticleForm(form).error?.issues[0]?.message).toBe('Le titre est obligatoire.');
  });
});
