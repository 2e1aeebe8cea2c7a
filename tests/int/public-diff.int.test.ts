/**
 * « Voir ce qui a changé »: which two versions a public entry is shown between, built from the
 * newsroom's own saves (lib/data/save-article.ts) and entries (lib/data/add-update-entry.ts), and the
 * page readers get (/mises-a-jour/{entry}).
 */
import { describe, expect, it } from 'vitest';
import { newsroomLib as lib, newsroomSetup } from '../support/newsroom';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function readers() {
  const { ReaderPages } = await import('../../lib/readers/render');
  const { NavigationCache } = await import('../../lib/readers/navigation');
  const { buildSiteAssets } = await import('../../lib/readers/assets');
  const { collectRenderKeys } = await import('../../lib/cache/keys');
  const pages = new ReaderPages(buildSiteAssets(process.cwd()), new NavigationCache(() => 0));
  return (url: string) => collectRenderKeys(() => pages.render(url));
}

async function diffOf(entryId: string) {
  const { getUpdateDiff } = await import('../../lib/data/get-update-diff');
  return getUpdateDiff(entryId);
}

async function newestEntry(articleId: string) {
  return prisma().articleUpdate.findFirstOrThrow({ where: { articleId }, orderBy: { createdAt: 'desc' } });
}

/** A story saved as a draft, then published with « 1,2 milliard » (version 3). */
async function publishedStory() {
  const { createArticle, saveArticle } = await lib();
  const setup = await newsroomSetup(prisma());
  const { editor, draft } = setup;
  const created = await createArticle(editor, draft({ body: 'Brouillon : le port coûterait 1 milliard.' }));
  await saveArticle(editor, created.id, 1, draft({ body: 'Brouillon : le port coûterait 1 milliard, selon nos sources.' }), 'save');
  await tick();
  await saveArticle(editor, created.id, 2, draft({ body: 'Le port a coûté 1,2 milliard de francs CFA au Trésorr.' }), 'publish');
  await tick();
  return { id: created.id, ...setup };
}

describe('the versions an entry is shown between', () => {
  it('after a silent fix: only the change the entry covers, the typo fixed before it in both texts', async () => {
    const { saveArticle, addUpdateEntry } = await lib();
    const { id, editor, draft } = await publishedStory();
    await saveArticle(editor, id, 3, draft({ body: 'Le port a coûté 1,2 milliard de francs CFA au Trésor.' }), 'save'); // v4, silent
    await tick();
    await saveArticle(editor, id, 4, draft({ body: 'Le port a coûté 1,4 milliard de francs CFA au Trésor.' }), 'save'); // v5
    await tick();
    await addUpdateEntry(editor, id, { kind: 'CORRECTION', note: 'Le coût est de 1,4 milliard, et non 1,2 milliard.' });
    await tick();
    // A later silent fix is no part of it either.
    await saveArticle(editor, id, 5, draft({ body: 'Le port a coûté 1,4 milliard de francs CFA au Trésor public.' }), 'save'); // v6
    const diff = await diffOf((await newestEntry(id)).id);
    expect(diff?.choice).toBe('diff');
    expect([diff?.before?.version, diff?.after?.version]).toEqual([4, 5]);
    expect(diff?.before?.body).toContain('1,2 milliard de francs CFA au Trésor.');
    expect(diff?.after?.body).toBe('Le port a coûté 1,4 milliard de francs CFA au Trésor.');
  });

  it('never shows a draft: an entry on the first version online has nothing before it', async () => {
    const { addUpdateEntry } = await lib();
    const { id, editor } = await publishedStory();
    await addUpdateEntry(editor, id, { kind: 'PRECISION', note: 'Le chiffre vient du ministère.' });
    const diff = await diffOf((await newestEntry(id)).id);
    expect(diff?.choice).toBe('first');
    expect(diff?.before).toBeNull();
    expect(diff?.after?.version).toBe(3);
  });

  it('a second entry on the same text changed nothing', async () => {
    const { saveArticle, addUpdateEntry } = await lib();
    const { id, editor, draft } = await publishedStory();
    await saveArticle(editor, id, 3, draft({ body: 'Le port a coûté 1,4 milliard de francs CFA au Trésor.' }), 'save');
    await tick();
    await addUpdateEntry(editor, id, { kind: 'CORRECTION', note: 'Le coût est de 1,4 milliard.' });
    await tick();
    await addUpdateEntry(editor, id, { kind: 'PRECISION', note: 'Le ministère l’a confirmé.' });
    const diff = await diffOf((await newestEntry(id)).id);
    expect(diff?.choice).toBe('no-change');
  });

  it('after a restore: the restored text against the one it replaced', async () => {
    const { saveArticle, addUpdateEntry, restoreRevision } = await lib();
    const { id, editor, draft } = await publishedStory();
    await saveArticle(editor, id, 3, draft({ body: 'Le port a coûté 1,4 milliard de francs CFA au Trésor.' }), 'save'); // v4
    await tick();
    await addUpdateEntry(editor, id, { kind: 'CORRECTION', note: 'Le coût est de 1,4 milliard.' });
    await tick();
    await restoreRevision(editor, id, 3, 4, { kind: 'new', entryKind: 'PRECISION', note: 'Le chiffre de 1,2 milliard est rétabli.' }); // v5
    const entries = await prisma().articleUpdate.findMany({ where: { articleId: id }, orderBy: { createdAt: 'asc' } });
    const [correction, precision] = await Promise.all(entries.map((entry) => diffOf(entry.id)));
    expect([correction?.before?.version, correction?.after?.version]).toEqual([3, 4]);
    expect([precision?.before?.version, precision?.after?.version]).toEqual([4, 5]);
    expect(precision?.after?.body).toBe('Le port a coûté 1,2 milliard de francs CFA au Trésorr.');
  });

  it('after a slug change: passes over the version that only moved the address', async () => {
    const { saveArticle, addUpdateEntry } = await lib();
    const { id, editor, draft } = await publishedStory();
    await saveArticle(editor, id, 3, draft({ body: 'Le port a coûté 1,4 milliard de francs CFA au Trésor.' }), 'save'); // v4
    await tick();
    await saveArticle(
      editor,
      id,
      4,
      draft({ body: 'Le port a coûté 1,4 milliard de francs CFA au Trésor.', slug: 'le-port-corrige' }),
      'save',
    ); // v5
    await tick();
    await addUpdateEntry(editor, id, { kind: 'CORRECTION', note: 'Le coût est de 1,4 milliard.' });
    const entry = await newestEntry(id);
    const diff = await diffOf(entry.id);
    expect([diff?.before?.version, diff?.after?.version]).toEqual([3, 5]);
    expect(diff?.story.href).toMatch(/\/le-port-corrige$/);
    // The page's address names the entry, not the story: it survives the new slug.
    const render = await readers();
    const { result, keys } = await render(`/mises-a-jour/${entry.id}`);
    expect(result.status).toBe(200);
    const page = 'html' in result ? result.html : '';
    expect(page).toContain('Ce qui a changé');
    expect(page).toMatch(/coûté <del class="diff-removed"><span class="visually-hidden">\[suppression.: <\/span>1,2</);
    expect(page).toMatch(/<ins class="diff-added"><span class="visually-hidden">\[ajout.: <\/span>1,4</);
    expect(page).toMatch(/Le coût est de 1,4.milliard\./);
    expect(keys.has(`article:${id}`)).toBe(true);
  });

  it('is no public page for a story offline, a draft’s entry or an unknown entry', async () => {
    const { saveArticle, addUpdateEntry } = await lib();
    const { id, editor, draft } = await publishedStory();
    await addUpdateEntry(editor, id, { kind: 'MISE_A_JOUR', note: 'Ajout.' });
    const entry = await newestEntry(id);
    await saveArticle(editor, id, 3, draft(), 'unpublish');
    expect(await diffOf(entry.id)).toBeNull();
    const render = await readers();
    expect((await render(`/mises-a-jour/${entry.id}`)).result.status).toBe(404);
    expect((await render('/mises-a-jour/pas-un-identifiant!')).result.status).toBe(404);
  });

  it('links each entry of a story to its page, and shows a correction above the chapô', async () => {
    const { saveArticle, addUpdateEntry } = await lib();
    const { id, editor, draft } = await publishedStory();
    await saveArticle(editor, id, 3, draft({ body: 'Le port a coûté 1,4 milliard de francs CFA au Trésor.' }), 'save');
    await tick();
    await addUpdateEntry(editor, id, { kind: 'CORRECTION', note: 'Le coût est de 1,4 milliard.' });
    const entry = await newestEntry(id);
    const story = await prisma().article.findUniqueOrThrow({ where: { id }, include: { rubrique: true } });
    const render = await readers();
    const { result } = await render(`/${story.rubrique.slug}/${story.slug}`);
    const page = 'html' in result ? result.html : '';
    expect(page).toContain(`href="/mises-a-jour/${entry.id}">Voir ce qui a changé</a>`);
    const top = page.indexOf('class="correction-notice"');
    expect(top).toBeGreaterThan(page.indexOf('<h1>'));
    expect(top).toBeLessThan(page.indexOf('class="chapo"'));
    expect(page).toMatch(/"correction":\[\{"@type":"CorrectionComment","text":"Le coût est de 1,4.milliard\."/);
  });

  it('says on an « À lire aussi » link that the linked story was corrected, with the date', async () => {
    const { createArticle, saveArticle, addUpdateEntry } = await lib();
    const { id, editor, draft } = await publishedStory();
    const linking = await createArticle(editor, draft({ title: 'Le port, un an après', related: [id] }));
    await saveArticle(editor, linking.id, 1, draft({ title: 'Le port, un an après', related: [id] }), 'publish');
    const story = await prisma().article.findUniqueOrThrow({ where: { id: linking.id }, include: { rubrique: true } });
    const render = await readers();
    const path = `/${story.rubrique.slug}/${story.slug}`;
    const before = await render(path);
    expect('html' in before.result ? before.result.html : '').not.toContain('corrigé le');
    const change = await addUpdateEntry(editor, id, { kind: 'CORRECTION', note: 'Le coût est de 1,4 milliard.' });
    // The correction purges the linking story's page.
    expect(change.keys).toContain(`article:${linking.id}`);
    expect(change.keys).toContain('list:updates');
    const after = await render(path);
    expect('html' in after.result ? after.result.html : '').toMatch(/\(corrigé le <time dateTime="[^"]+">[^<]+<\/time>\)/);
  });
});
