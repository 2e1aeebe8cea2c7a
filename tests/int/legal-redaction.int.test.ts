/**
 * Legal redaction: a passage masked by an editor never reaches a public response again — the diff
 * page, the story's notes and JSON-LD, /mises-a-jour and its feed — with a visible mention, the reason
 * in the journal, and every page that showed it purged.
 */
import { describe, expect, it } from 'vitest';
import { newsroomLib as lib, newsroomSetup } from '../support/newsroom';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const NAME = 'Fatou Ndour Sarr';

async function readers() {
  const { ReaderPages } = await import('../../lib/readers/render');
  const { NavigationCache } = await import('../../lib/readers/navigation');
  const { buildSiteAssets } = await import('../../lib/readers/assets');
  const { collectRenderKeys } = await import('../../lib/cache/keys');
  const pages = new ReaderPages(buildSiteAssets(process.cwd()), new NavigationCache(() => 0));
  return async (url: string) => {
    const { result, keys } = await collectRenderKeys(() => pages.render(url));
    return { status: result.status, html: 'html' in result ? result.html : '', keys };
  };
}

describe('legal redaction', () => {
  it('masks the passage from every public response built from the story’s past, journaled and purged', async () => {
    const { createArticle, saveArticle, addUpdateEntry } = await lib();
    const { editor, journalist, draft } = await newsroomSetup(prisma());
    const created = await createArticle(editor, draft({ body: `Le témoin, ${NAME}, 15 ans, a tout vu.` }));
    await saveArticle(editor, created.id, 1, draft({ body: `Le témoin, ${NAME}, 15 ans, a tout vu.` }), 'publish');
    await tick();
    await saveArticle(editor, created.id, 2, draft({ body: 'Le témoin, une mineure, a tout vu.' }), 'save');
    await tick();
    await addUpdateEntry(editor, created.id, { kind: 'CORRECTION', note: `Le nom de ${NAME} a été retiré.` });
    const entry = await prisma().articleUpdate.findFirstOrThrow({ where: { articleId: created.id } });
    const story = await prisma().article.findUniqueOrThrow({ where: { id: created.id }, include: { rubrique: true } });
    const render = await readers();
    expect((await render(`/mises-a-jour/${entry.id}`)).html).toContain(NAME);

    const { addLegalRedaction } = await import('../../lib/data/legal-redactions');
    await expect(addLegalRedaction(journalist, created.id, { passage: NAME, reason: 'Mineure, loi sur la presse.' })).rejects.toMatchObject(
      {
        code: 'forbidden',
      },
    );
    await expect(addLegalRedaction(editor, created.id, { passage: NAME, reason: '' })).rejects.toMatchObject({ code: 'invalid' });
    const change = await addLegalRedaction(editor, created.id, { passage: 'fatou  ndour\nsarr', reason: 'Mineure, loi sur la presse.' });
    expect(change.stillInStory).toBe(false);
    expect(change.keys).toEqual(expect.arrayContaining([`article:${created.id}`, 'list:updates', 'list:feeds']));

    const diff = await render(`/mises-a-jour/${entry.id}`);
    const page = await render(`/${story.rubrique.slug}/${story.slug}`);
    const list = await render('/mises-a-jour');
    const { GET } = await import('../../app/mises-a-jour/rss.xml/route');
    const feed = await (await GET()).text();
    // The search reads the story as it is now: its extract cannot hold the words either.
    const search = await render('/recherche?q=t%C3%A9moin');
    expect(search.html).toContain('mineure');
    // The diff page and the story carry the story's key, the list its own: the purge reaches them all.
    expect(diff.keys).toContain(`article:${created.id}`);
    expect(list.keys).toContain('list:updates');
    for (const body of [diff.html, page.html, list.html, feed, search.html]) {
      expect(body).not.toMatch(/Fatou/i);
      expect(body).not.toMatch(/Ndour/i);
    }
    expect(diff.html).toContain('[passage retiré pour raison juridique]');
    expect(diff.html).toContain('Un passage a été retiré de cette page pour raison juridique');
    expect(page.html).toContain('Le nom de [passage retiré pour raison juridique] a été retiré.');
    const journal = await prisma().auditLog.findFirstOrThrow({ where: { action: 'article.redaction', targetId: created.id } });
    expect(journal.details).toMatchObject({ reason: 'Mineure, loi sur la presse.' });
  });

  it('warns when the story’s current text still holds the passage', async () => {
    const { createArticle, saveArticle } = await lib();
    const { editor, draft } = await newsroomSetup(prisma());
    const created = await createArticle(editor, draft({ body: `Selon ${NAME}, tout est faux.` }));
    await saveArticle(editor, created.id, 1, draft({ body: `Selon ${NAME}, tout est faux.` }), 'publish');
    const { addLegalRedaction } = await import('../../lib/data/legal-redactions');
    expect((await addLegalRedaction(editor, created.id, { passage: NAME, reason: 'Décision de justice.' })).stillInStory).toBe(true);
  });
});
