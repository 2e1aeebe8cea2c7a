/**
 * The newsroom as the data-layer tests see it: a rubrique, two journalists and an editor, a story form
 * to fill, and the lib/data modules they act through.
 */
import type { TArticleDraft } from '../../lib/validation/article';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { articleDraft, createRubrique, createUser } from './factories';

export async function newsroomSetup(prisma: PrismaClient) {
  const rubrique = await createRubrique(prisma);
  const journalist = await createUser(prisma, { role: 'JOURNALIST' });
  const other = await createUser(prisma, { role: 'JOURNALIST' });
  const editor = await createUser(prisma, { role: 'EDITOR' });
  const draft = (over: Partial<TArticleDraft> = {}): TArticleDraft => articleDraft(rubrique.id, { title: 'L’été des réformes', ...over });
  return { rubrique, journalist, other, editor, draft };
}

export const newsroomLib = async () => ({
  ...(await import('../../lib/data/save-article')),
  ...(await import('../../lib/data/add-update-entry')),
  ...(await import('../../lib/data/revisions')),
  ...(await import('../../lib/data/publish-due-articles')),
  ...(await import('../../lib/data/get-published-article')),
  ...(await import('../../lib/data/find-missing-story')),
  ...(await import('../../lib/data/rubrique-admin')),
  ...(await import('../../lib/data/live-edit-review')),
  ...(await import('../../lib/data/find-newsroom-articles')),
});
