/**
 * One « Manchette principale » online at a time: the story that takes the lead sends the previous one
 * to « À la une », as a new version of it and a line in the journal — never silently.
 */
import { describe, expect, it } from 'vitest';
import { newsroomLib as lib, newsroomSetup } from '../support/newsroom';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();

describe('the lead', () => {
  it('moves the old lead to « À la une » when a new one is published, and says which', async () => {
    const { createArticle, saveArticle } = await lib();
    const { editor, draft } = await newsroomSetup(prisma());
    const { findCurrentLead } = await import('../../lib/data/find-current-lead');
    const old = await createArticle(editor, draft({ title: 'L’ancienne manchette', placement: 'LEAD' }));
    await saveArticle(editor, old.id, 1, draft({ title: 'L’ancienne manchette', placement: 'LEAD' }), 'publish');
    expect(await findCurrentLead()).toMatchObject({ id: old.id });

    const lead = await createArticle(editor, draft({ title: 'La nouvelle manchette', placement: 'LEAD' }));
    // A draft placed as lead displaces nothing until it is online.
    const saved = await saveArticle(editor, lead.id, 1, draft({ title: 'La nouvelle manchette', placement: 'LEAD' }), 'save');
    expect(saved.displaced ?? []).toEqual([]);
    expect(await findCurrentLead()).toMatchObject({ id: old.id });
    const published = await saveArticle(
      editor,
      lead.id,
      saved.version,
      draft({ title: 'La nouvelle manchette', placement: 'LEAD' }),
      'publish',
    );
    expect(published.displaced).toEqual([{ id: old.id, title: 'L’ancienne manchette' }]);
    const row = await prisma().article.findUniqueOrThrow({ where: { id: old.id } });
    expect([row.placement, row.version]).toEqual(['TOP', 3]);
    expect(await prisma().revision.count({ where: { articleId: old.id } })).toBe(3);
    expect(await prisma().auditLog.count({ where: { targetId: old.id, action: 'article.placement' } })).toBe(1);
    expect(await findCurrentLead()).toMatchObject({ id: lead.id });
    // Whoever had the old lead open meets a conflict (its version moved), not a silent overwrite.
    await expect(saveArticle(editor, old.id, 2, draft({ title: 'L’ancienne manchette', placement: 'LEAD' }), 'save')).rejects.toMatchObject(
      {
        code: 'conflict',
      },
    );
  });

  it('does the same when the scheduler publishes a lead', async () => {
    const { createArticle, saveArticle, publishDueArticles } = await lib();
    const { editor, draft } = await newsroomSetup(prisma());
    const old = await createArticle(editor, draft({ title: 'Manchette du matin', placement: 'LEAD' }));
    await saveArticle(editor, old.id, 1, draft({ title: 'Manchette du matin', placement: 'LEAD' }), 'publish');
    const next = await createArticle(editor, draft({ title: 'Manchette du soir', placement: 'LEAD' }));
    const soon = new Date(Date.now() + 60_000);
    await saveArticle(editor, next.id, 1, draft({ title: 'Manchette du soir', placement: 'LEAD' }), 'schedule', { scheduledAt: soon });
    await publishDueArticles(new Date(soon.getTime() + 1_000));
    expect((await prisma().article.findUniqueOrThrow({ where: { id: old.id } })).placement).toBe('TOP');
    expect((await prisma().article.findUniqueOrThrow({ where: { id: next.id } })).placement).toBe('LEAD');
  });
});
