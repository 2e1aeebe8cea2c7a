/**
 * What a save writes (lib/data/save-article.ts reads the story, its references and the stories linking
 * to it before its transaction, and rewrites the « À lire aussi » links only when they changed): the
 * links follow the form exactly (order, the inline first link), a title edit leaves them as they are,
 * and the keys to purge name the stories that link to the saved one.
 */
import { describe, expect, it } from 'vitest';
import type { TArticleDraft } from '../../lib/validation/article';
import { createArticle as createArticleRow, createRubrique, createUser, articleDraft } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();

const links = async (articleId: string) =>
  (await prisma().relatedLink.findMany({ where: { articleId }, orderBy: { position: 'asc' } })).map((l) => `${l.targetId}:${l.position}:${l.inline}`);

describe('what a save writes', () => {
  it('rewrites the links when their order or the inline flag changes, and keeps them on a title edit', async () => {
    const { createArticle, saveArticle } = await import('../../lib/data/save-article');
    const rubrique = await createRubrique(prisma());
    const editor = await createUser(prisma(), { role: 'EDITOR' });
    const draft = (over: Partial<TArticleDraft> = {}): TArticleDraft => articleDraft(rubrique.id, { title: 'Le port de Dakar s’agrandit', ...over });
    const a = await createArticleRow(prisma(), { rubriqueId: rubrique.id, authorId: editor.id, title: 'Premier lien' });
    const b = await createArticleRow(prisma(), { rubriqueId: rubrique.id, authorId: editor.id, title: 'Second lien' });
    const story = await createArticle(editor, draft({ related: [a.id, b.id] }));
    expect(await links(story.id)).toEqual([`${a.id}:0:false`, `${b.id}:1:false`]);

    await saveArticle(editor, story.id, 1, draft({ related: [a.id, b.id], relatedInline: true }), 'save');
    expect(await links(story.id)).toEqual([`${a.id}:0:true`, `${b.id}:1:false`]);
    await saveArticle(editor, story.id, 2, draft({ related: [b.id, a.id], relatedInline: true }), 'save');
    expect(await links(story.id)).toEqual([`${b.id}:0:true`, `${a.id}:1:false`]);
    const edited = await saveArticle(editor, story.id, 3, draft({ title: 'Le port de Dakar s’agrandit encore', related: [b.id, a.id], relatedInline: true }), 'save');
    expect(edited).toMatchObject({ version: 4, unchanged: false });
    expect(await links(story.id)).toEqual([`${b.id}:0:true`, `${a.id}:1:false`]);
    await saveArticle(editor, story.id, 4, draft({ title: 'Le port de Dakar s’agrandit encore', related: [] }), 'save');
    expect(await links(story.id)).toEqual([]);
    expect((await prisma().revision.findMany({ where: { articleId: story.id } })).length).toBe(5);
  });

  it('purges the stories that link to a published story it changes', async () => {
    const { saveArticle } = await import('../../lib/data/save-article');
    const rubrique = await createRubrique(prisma());
    const editor = await createUser(prisma(), { role: 'EDITOR' });
    const target = await createArticleRow(prisma(), { rubriqueId: rubrique.id, authorId: editor.id, title: 'La cible' });
    const linker = await createArticleRow(prisma(), { rubriqueId: rubrique.id, authorId: editor.id, title: 'Celui qui pointe' });
    await prisma().relatedLink.create({ data: { articleId: linker.id, targetId: target.id, position: 0 } });
    const saved = await saveArticle(editor, target.id, target.version, articleDraft(rubrique.id, { title: 'La cible, retitrée' }), 'save');
    expect(saved.publicChange.keys).toEqual(expect.arrayContaining([`article:${target.id}`, `article:${linker.id}`]));
  });
});
