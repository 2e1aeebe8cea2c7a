/** The server actions of « Signalements » and of the corrections policy check the session and the role themselves. */
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

async function fixture() {
  const rubrique = await createRubrique(prisma());
  const author = await createUser(prisma(), { role: 'JOURNALIST' });
  const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id });
  const report = await prisma().errorReport.create({
    data: { articleId: story.id, passage: 'Le port', problem: 'Le chiffre est faux.', addressHash: 'test' },
  });
  return { author, story, report };
}

describe('« Signalements » and policy actions', () => {
  it('refuse without a session and to a journalist, in French, with nothing written', async () => {
    const { setReportStateAction } = await import('../../lib/actions/report-actions');
    const { saveCorrectionsPolicyAction } = await import('../../lib/actions/corrections-policy-actions');
    const { author, report } = await fixture();
    const auditBefore = await prisma().auditLog.count();
    for (const result of [
      await setReportStateAction({ ok: false }, form({ id: report.id, intent: 'en-cours' })),
      await saveCorrectionsPolicyAction({ ok: false }, form({ text: 'Une politique assez longue pour passer.' })),
    ])
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/session a expiré/) });
    session.current = await createSession(prisma(), author.id);
    for (const result of [
      await setReportStateAction({ ok: false }, form({ id: report.id, intent: 'rejeter', reason: 'Non.' })),
      await saveCorrectionsPolicyAction({ ok: false }, form({ text: 'Une politique assez longue pour passer.' })),
    ])
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/droits/) });
    expect(await prisma().auditLog.count()).toBe(auditBefore);
    expect((await prisma().errorReport.findUniqueOrThrow({ where: { id: report.id } })).state).toBe('NEW');
  });

  it('let an editor write the correction from a report: the entry goes online, the report is linked', async () => {
    const { setReportStateAction } = await import('../../lib/actions/report-actions');
    const { story, report } = await fixture();
    const editor = await createUser(prisma(), { role: 'EDITOR' });
    session.current = await createSession(prisma(), editor.id);
    expect(
      await setReportStateAction({ ok: false }, form({ id: report.id, intent: 'corrige-mention', kind: 'CORRECTION', note: '' })),
    ).toMatchObject({
      ok: false,
    });
    expect(await setReportStateAction({ ok: false }, form({ id: report.id, intent: 'inventé' }))).toMatchObject({ ok: false });
    const done = await setReportStateAction(
      { ok: false },
      form({ id: report.id, intent: 'corrige-mention', kind: 'CORRECTION', note: 'Le coût est de 1,4 milliard.' }),
    );
    expect(done).toMatchObject({ ok: true });
    const row = await prisma().errorReport.findUniqueOrThrow({ where: { id: report.id }, include: { update: true } });
    expect(row.state).toBe('CORRECTED');
    expect(row.update).toMatchObject({ articleId: story.id, kind: 'CORRECTION', note: 'Le coût est de 1,4 milliard.' });
  });
});
