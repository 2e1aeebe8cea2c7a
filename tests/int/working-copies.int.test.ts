/**
 * Autosave's working copies: kept per person and story, for those who may edit it, whatever the text
 * (a save's rules do not apply), dropped on demand.
 */
import { describe, expect, it } from 'vitest';
import { newsroomLib as lib, newsroomSetup } from '../support/newsroom';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();

const fields = (body: string) => ({
  title: 'Un titre bien trop long pour être enregistré '.repeat(5),
  chapo: '',
  body,
  rubriqueId: 'x',
  slug: '',
  placement: 'NONE' as const,
  related: [],
  relatedInline: false,
  scheduledAt: '',
  imageId: '',
  imageAlt: '',
  imageCaption: '',
  imageCredit: '',
});

describe('working copies', () => {
  it('keeps one per person and story, even a text a save would refuse, and gives it back', async () => {
    const { createArticle } = await lib();
    const { keepWorkingCopy, findWorkingCopy, dropWorkingCopy } = await import('../../lib/data/working-copies');
    const { journalist, editor, draft } = await newsroomSetup(prisma());
    const story = await createArticle(journalist, draft());
    await keepWorkingCopy(journalist, story.id, 1, fields('Premier jet.'));
    await keepWorkingCopy(journalist, story.id, 1, fields('Premier jet, complété.'));
    await keepWorkingCopy(editor, story.id, 1, fields('La version de l’éditrice.'));
    expect((await findWorkingCopy(journalist, story.id))?.fields.body).toBe('Premier jet, complété.');
    expect((await findWorkingCopy(editor, story.id))?.fields.body).toBe('La version de l’éditrice.');
    expect(await prisma().workingCopy.count({ where: { articleId: story.id } })).toBe(2);
    // Nothing public, nothing in the history.
    expect(await prisma().revision.count({ where: { articleId: story.id } })).toBe(1);
    await dropWorkingCopy(journalist, story.id);
    expect(await findWorkingCopy(journalist, story.id)).toBeNull();
    expect(await findWorkingCopy(editor, story.id)).not.toBeNull();
  });

  it('names the linked stories the person may see, and no other', async () => {
    const { createArticle, saveArticle } = await lib();
    const { keepWorkingCopy, findWorkingCopy } = await import('../../lib/data/working-copies');
    const { journalist, other, editor, draft } = await newsroomSetup(prisma());
    const story = await createArticle(journalist, draft());
    const online = await createArticle(editor, draft({ title: 'En ligne' }));
    await saveArticle(editor, online.id, 1, draft({ title: 'En ligne' }), 'publish');
    const secret = await createArticle(other, draft({ title: 'Le brouillon d’un autre' }));
    await keepWorkingCopy(journalist, story.id, 1, { ...fields('Texte.'), related: [online.id, secret.id] });
    expect((await findWorkingCopy(journalist, story.id))?.linked).toEqual([
      { id: online.id, title: 'En ligne', status: 'PUBLISHED' },
      { id: secret.id, title: null, status: null },
    ]);
  });

  it('refuses someone who may not edit the story', async () => {
    const { createArticle } = await lib();
    const { keepWorkingCopy } = await import('../../lib/data/working-copies');
    const { journalist, other, draft } = await newsroomSetup(prisma());
    const story = await createArticle(journalist, draft());
    await expect(keepWorkingCopy(other, story.id, 1, fields('Pas à moi.'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(keepWorkingCopy(other, 'introuvable', 1, fields('Rien.'))).rejects.toMatchObject({ code: 'not_found' });
  });
});
