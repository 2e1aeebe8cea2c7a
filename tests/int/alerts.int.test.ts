/**
 * « Alerte info »: editors raise one at a time (a new one replaces the current one), end it at once,
 * or let it run out; readers get it (with its link only while the story is online) on every page; bad
 * input changes nothing; every step is in the journal.
 */
import { describe, expect, it } from 'vitest';
import { createArticle, createRubrique, createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();
const lib = () => import('../../lib/data/alerts');

async function desk() {
  const rubrique = await createRubrique(prisma());
  const editor = await createUser(prisma(), { role: 'EDITOR' });
  const journalist = await createUser(prisma(), { role: 'JOURNALIST' });
  const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: journalist.id, title: 'Le séisme' });
  return { rubrique, editor, journalist, story };
}

const at = (iso: string) => new Date(iso);
// Paris is UTC+1 in December: « 2026-12-07T16:00 » typed in the form is 15:00 UTC.
const NOW = at('2026-12-07T13:00:00Z');

describe('« Alerte info »', () => {
  it('is raised by an editor, shown to readers with its link, and replaced by the next one', async () => {
    await prisma().$executeRaw`TRUNCATE "Alert"`;
    const { raiseAlert, findCurrentAlert, findRecentAlerts } = await lib();
    const { editor, story, rubrique } = await desk();
    const first = await raiseAlert(editor, { text: '  Séisme   de magnitude 5 au large de Dakar ', articleId: story.id, endsAt: '' }, NOW);
    expect(first.change.keys).toEqual(['layout']);
    const shown = await findCurrentAlert(at('2026-12-07T13:30:00Z'));
    expect(shown).toMatchObject({ text: 'Séisme de magnitude 5 au large de Dakar', href: `/${rubrique.slug}/${story.slug}` });
    // The default length is two hours.
    expect(shown?.endsAt).toEqual(at('2026-12-07T15:00:00Z'));
    expect(await findCurrentAlert(at('2026-12-07T15:00:00Z'))).toBeNull();

    const second = await raiseAlert(
      editor,
      { text: 'Réplique ressentie à Thiès', articleId: null, endsAt: '2026-12-07T16:00' },
      at('2026-12-07T13:10:00Z'),
    );
    const now = await findCurrentAlert(at('2026-12-07T13:20:00Z'));
    expect(now).toMatchObject({ id: second.id, href: null, endsAt: at('2026-12-07T15:00:00Z') });
    const recent = await findRecentAlerts(editor);
    expect(recent.map((a) => [a.text, a.endedAt?.toISOString() ?? null])).toEqual([
      ['Réplique ressentie à Thiès', null],
      ['Séisme de magnitude 5 au large de Dakar', '2026-12-07T13:10:00.000Z'],
    ]);
    expect(await prisma().auditLog.count({ where: { action: 'alert.raise' } })).toBe(2);

    // The linked story goes offline: the band keeps its text, without the link.
    await raiseAlert(editor, { text: 'Bilan provisoire', articleId: story.id, endsAt: '' }, at('2026-12-07T13:40:00Z'));
    await prisma().article.update({ where: { id: story.id }, data: { status: 'DRAFT' } });
    expect(await findCurrentAlert(at('2026-12-07T13:45:00Z'))).toMatchObject({ text: 'Bilan provisoire', href: null });
  });

  it('is ended at once by an editor, once', async () => {
    await prisma().$executeRaw`TRUNCATE "Alert"`;
    const { raiseAlert, endAlert, findCurrentAlert } = await lib();
    const { editor } = await desk();
    const { id } = await raiseAlert(editor, { text: 'Coupure d’électricité générale', articleId: null, endsAt: '' }, NOW);
    const done = await endAlert(editor, id, at('2026-12-07T13:05:00Z'));
    expect(done.change.keys).toEqual(['layout']);
    expect(await findCurrentAlert(at('2026-12-07T13:06:00Z'))).toBeNull();
    await expect(endAlert(editor, id, at('2026-12-07T13:07:00Z'))).rejects.toThrow('Cette alerte est déjà terminée.');
    expect(await prisma().auditLog.count({ where: { action: 'alert.end', targetId: id } })).toBe(1);
  });

  it('refuses bad input and journalists with a French message, and changes nothing', async () => {
    await prisma().$executeRaw`TRUNCATE "Alert"`;
    const { raiseAlert } = await lib();
    const { editor, journalist, rubrique } = await desk();
    const draft = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: editor.id, status: 'DRAFT' });
    const journalBefore = await prisma().auditLog.count({ where: { action: { startsWith: 'alert.' } } });
    const cases: [Parameters<typeof raiseAlert>[1], RegExp][] = [
      [{ text: '   ', articleId: null, endsAt: '' }, /Écrivez le texte/],
      [{ text: 'x'.repeat(141), articleId: null, endsAt: '' }, /140 caractères au plus/],
      [{ text: 'Texte', articleId: null, endsAt: '2026-12-07T14:00' }, /dans le futur/],
      [{ text: 'Texte', articleId: null, endsAt: '2026-12-10T14:00' }, /48\u00a0heures/],
      [{ text: 'Texte', articleId: null, endsAt: '2026-13-45T99:00' }, /pas une date valide/],
      [{ text: 'Texte', articleId: draft.id, endsAt: '' }, /doit être en ligne/],
    ];
    for (const [input, message] of cases) await expect(raiseAlert(editor, input, NOW)).rejects.toThrow(message);
    await expect(raiseAlert(journalist, { text: 'Texte', articleId: null, endsAt: '' }, NOW)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await prisma().alert.count()).toBe(0);
    expect(await prisma().auditLog.count({ where: { action: { startsWith: 'alert.' } } })).toBe(journalBefore);
  });

  it('shows on every readers’ page, and on none after its end, without any request from the newsroom', async () => {
    await prisma().$executeRaw`TRUNCATE "Alert"`;
    const { raiseAlert } = await lib();
    const { AlertCache } = await import('../../lib/readers/alert');
    const { editor } = await desk();
    const start = new Date();
    await raiseAlert(editor, { text: 'Alerte de test', articleId: null, endsAt: '' }, start);
    let generation = 0;
    const cache = new AlertCache(() => generation);
    expect((await cache.get(null, new Date(start.getTime() + 1000)))?.text).toBe('Alerte de test');
    expect(cache.endedSince(new Date(start.getTime() + 2000))).toBe(false);
    const after = new Date(start.getTime() + 2 * 3_600_000 + 1);
    // Kept, but not shown past its end; the pages that showed it are to be purged, once.
    expect(await cache.get(null, after)).toBeNull();
    expect(cache.endedSince(after)).toBe(true);
    expect(cache.endedSince(after)).toBe(false);
    generation++;
    expect(await cache.get(null, after)).toBeNull();
  });
});
