/**
 * « À lire aussi » and the other ids a story's form names (issue #18, 15): a journalist links only
 * to what they may see (published stories, their own), cannot tell an unknown id from a forbidden
 * one, and never reads the title or status of a story hidden from them, even one an editor linked.
 */
import { describe, expect, it } from 'vitest';
import type { TArticleDraft } from '../../lib/validation/article';
import { createArticle as createArticleRow, createRubrique, createUser, articleDraft } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();

async function setup() {
  const rubrique = await createRubrique(prisma());
  const journalist = await createUser(prisma(), { role: 'JOURNALIST' });
  const colleague = await createUser(prisma(), { role: 'JOURNALIST' });
  const editor = await createUser(prisma(), { role: 'EDITOR' });
  const draft = (over: Partial<TArticleDraft> = {}): TArticleDraft =>
    articleDraft(rubrique.id, { title: 'Le marché de Sandaga rouvre', ...over });
  const secret = await createArticleRow(prisma(), {
    rubriqueId: rubrique.id,
    authorId: colleague.id,
    status: 'DRAFT',
    title: 'Scoop confidentiel du ministre',
  });
  const review = await createArticleRow(prisma(), {
    rubriqueId: rubrique.id,
    authorId: colleague.id,
    status: 'IN_REVIEW',
    title: 'Enquête en relecture',
  });
  const scheduled = await createArticleRow(prisma(), {
    rubriqueId: rubrique.id,
    authorId: colleague.id,
    status: 'SCHEDULED',
    title: 'Annonce programmée',
  });
  const published = await createArticleRow(prisma(), { rubriqueId: rubrique.id, authorId: colleague.id, title: 'Un article en ligne' });
  return { rubrique, journalist, colleague, editor, draft, secret, review, scheduled, published };
}

const lib = async () => ({
  ...(await import('../../lib/data/save-article')),
  ...(await import('../../lib/data/get-editable-article')),
  ...(await import('../../lib/data/revisions')),
});

describe('related links and what a journalist may see', () => {
  it('refuses a colleague’s unpublished story exactly as an unknown id, and accepts published and own stories', async () => {
    const { createArticle, saveArticle } = await lib();
    const { journalist, draft, secret, review, scheduled, published } = await setup();
    const own = await createArticle(journalist, draft());
    const ownOther = await createArticle(journalist, draft({ title: 'Mon autre brouillon' }));

    const unknown = await saveArticle(journalist, own.id, 1, draft({ related: ['clxxxxxxxxxxxxxxxxxxxxxxx'] }), 'save').catch(
      (error: unknown) => error,
    );
    expect(unknown).toMatchObject({ code: 'invalid', field: 'related' });
    for (const hidden of [secret, review, scheduled]) {
      const refused = await saveArticle(journalist, own.id, 1, draft({ related: [published.id, hidden.id] }), 'save').catch(
        (error: unknown) => error,
      );
      // Same code, field and words: nothing tells a colleague's draft from an id that does not exist.
      expect(refused).toMatchObject({ code: 'invalid', field: 'related', message: (unknown as Error).message });
      await expect(createArticle(journalist, draft({ related: [hidden.id] }))).rejects.toMatchObject({
        code: 'invalid',
        field: 'related',
        message: (unknown as Error).message,
      });
    }
    expect(await prisma().relatedLink.count({ where: { articleId: own.id } })).toBe(0);
    expect((await prisma().article.findUniqueOrThrow({ where: { id: own.id } })).version).toBe(1);

    // Published stories and the journalist's own are fine.
    const saved = await saveArticle(journalist, own.id, 1, draft({ related: [published.id, ownOther.id] }), 'save');
    expect(saved.version).toBe(2);
    expect(
      (await prisma().relatedLink.findMany({ where: { articleId: own.id }, orderBy: { position: 'asc' } })).map((l) => l.targetId),
    ).toEqual([published.id, ownOther.id]);
  });

  it('lets editors link any story, as before', async () => {
    const { createArticle, saveArticle } = await lib();
    const { editor, draft, secret } = await setup();
    const story = await createArticle(editor, draft());
    expect((await saveArticle(editor, story.id, 1, draft({ related: [secret.id] }), 'save')).version).toBe(2);
  });

  it('shows a journalist a link to a story hidden from them as unavailable, and keeps it when they save or restore', async () => {
    const { createArticle, saveArticle, getEditableArticle, restoreRevision } = await lib();
    const { journalist, editor, draft, published, secret } = await setup();
    const own = await createArticle(journalist, draft());
    // An editor links the journalist's story to a published story and to a draft, then unpublishes the first.
    const linked = await saveArticle(editor, own.id, 1, draft({ related: [published.id, secret.id], relatedInline: true }), 'save');
    const unpublished = await prisma().article.update({
      where: { id: published.id },
      data: { status: 'DRAFT' },
      select: { version: true },
    });
    expect(unpublished.version).toBeGreaterThan(0);

    const seen = await getEditableArticle(journalist, own.id);
    expect(seen.related.map((r) => r.id)).toEqual([published.id, secret.id]);
    for (const link of seen.related) expect(link).toMatchObject({ title: null, status: null });
    expect(seen.related[0]?.inline).toBe(true);
    const everything = JSON.stringify(seen);
    expect(everything).not.toContain('Un article en ligne');
    expect(everything).not.toContain('Scoop confidentiel');

    // The editor still reads them.
    expect((await getEditableArticle(editor, own.id)).related).toMatchObject([
      { id: published.id, title: 'Un article en ligne', status: 'DRAFT' },
      { id: secret.id, title: 'Scoop confidentiel du ministre', status: 'DRAFT' },
    ]);

    // Saving the form as it came (the ids kept) keeps the editor's links; removing one is allowed.
    const edited = await saveArticle(
      journalist,
      own.id,
      linked.version,
      draft({ body: 'Un texte retravaillé par son autrice.', related: [published.id, secret.id], relatedInline: true }),
      'save',
    );
    expect(
      (await prisma().relatedLink.findMany({ where: { articleId: own.id }, orderBy: { position: 'asc' } })).map((l) => l.targetId),
    ).toEqual([published.id, secret.id]);
    const restored = await restoreRevision(journalist, own.id, 1, edited.version);
    expect(restored.version).toBe(edited.version + 1);
    expect(await prisma().relatedLink.count({ where: { articleId: own.id } })).toBe(2);
    const trimmed = await saveArticle(journalist, own.id, restored.version, draft({ related: [secret.id] }), 'save');
    expect(trimmed.version).toBe(restored.version + 1);
    // Once removed, it cannot come back by its id: the journalist may not link to it.
    await expect(
      saveArticle(journalist, own.id, trimmed.version, draft({ related: [secret.id, published.id] }), 'save'),
    ).rejects.toMatchObject({ code: 'invalid', field: 'related' });
  });
});
