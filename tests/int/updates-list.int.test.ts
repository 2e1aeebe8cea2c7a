/**
 * « Mises à jour et corrections » (/mises-a-jour): every public entry, newest first, filtered by kind
 * and rubrique, paginated; its feed; the corrections policy editors write; the keys that purge them.
 */
import { describe, expect, it } from 'vitest';
import { addUpdate, createArticle, createRubrique, createUser } from '../support/factories';
import { parseXml, childrenNamed, child } from '../support/mini-xml';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

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

describe('/mises-a-jour', () => {
  it('lists public entries newest first, never a draft’s, filtered by kind and rubrique, paginated', async () => {
    const render = await readers();
    const politique = await createRubrique(prisma(), { name: 'Politique des mises' });
    const culture = await createRubrique(prisma(), { name: 'Culture des mises' });
    const author = await createUser(prisma());
    const a = await createArticle(prisma(), { rubriqueId: politique.id, authorId: author.id, title: 'Le budget voté' });
    const b = await createArticle(prisma(), { rubriqueId: culture.id, authorId: author.id, title: 'Le festival ouvert' });
    const draft = await createArticle(prisma(), { rubriqueId: politique.id, authorId: author.id, status: 'DRAFT', title: 'Brouillon' });
    await addUpdate(prisma(), a.id, 'CORRECTION', 'Le montant est de 12 milliards.', minutesAgo(30));
    await addUpdate(prisma(), b.id, 'MISE_A_JOUR', 'Ajout du programme.', minutesAgo(20));
    await addUpdate(prisma(), draft.id, 'PRECISION', 'Note secrète du brouillon.', minutesAgo(10));

    const all = await render('/mises-a-jour');
    expect(all.status).toBe(200);
    expect(all.html).toContain('<h1>Mises à jour et corrections</h1>');
    expect(all.html).not.toContain('Note secrète du brouillon');
    expect(all.html.indexOf('Ajout du programme.')).toBeLessThan(all.html.indexOf('Le montant est de 12'));
    expect(all.html).toContain('Voir ce qui a changé');
    expect(all.html).toContain('href="/mises-a-jour/rss.xml"');
    expect(all.keys).toContain('list:updates');
    expect(all.keys).toContain(`article:${a.id}`);

    const corrections = await render('/mises-a-jour?type=correction');
    expect(corrections.html).toContain('Le montant est de 12');
    expect(corrections.html).not.toContain('Ajout du programme.');
    const inCulture = await render(`/mises-a-jour?rubrique=${culture.slug}`);
    expect(inCulture.html).toContain('Ajout du programme.');
    expect(inCulture.html).not.toContain('Le montant est de 12');
    // The filter form's « all » choice sends empty values.
    expect((await render('/mises-a-jour?type=&rubrique=')).status).toBe(200);
    expect((await render('/mises-a-jour?type=erreur')).status).toBe(404);
    expect((await render('/mises-a-jour?rubrique=nulle-part')).status).toBe(404);
    expect((await render('/mises-a-jour?page=400')).status).toBe(404);
  });

  it('pages of 20, the footer links to it, and its feed links each entry to what it changed', async () => {
    const render = await readers();
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Vingt-deux mentions' });
    for (let i = 0; i < 22; i++) await addUpdate(prisma(), story.id, 'PRECISION', `Précision numéro ${i}.`, minutesAgo(1 + i / 100));
    const first = await render(`/mises-a-jour?rubrique=${rubrique.slug}`);
    expect(first.html).toContain(`href="/mises-a-jour?rubrique=${rubrique.slug}&amp;page=2"`);
    expect(first.html).toContain('<a href="/mises-a-jour">Mises à jour et corrections</a>');
    const second = await render(`/mises-a-jour?rubrique=${rubrique.slug}&page=2`);
    expect(second.html).toContain('Précision numéro 21.');
    expect(second.html).not.toContain('Précision numéro 0.');

    const { GET } = await import('../../app/mises-a-jour/rss.xml/route');
    const response = await GET();
    expect(response.headers.get('content-type')).toContain('application/rss+xml');
    const channel = child(parseXml(await response.text()), 'channel');
    const items = childrenNamed(channel, 'item');
    expect(items.length).toBeGreaterThan(0);
    const entry = await prisma().articleUpdate.findFirstOrThrow({ where: { articleId: story.id }, orderBy: { createdAt: 'desc' } });
    const mine = items.find((item) => child(item, 'link').text.endsWith(`/mises-a-jour/${entry.id}`));
    expect(child(mine!, 'title').text).toBe('Précision — Vingt-deux mentions');
  });

  it('shows the corrections policy an editor writes, journals it, and refuses a journalist', async () => {
    const render = await readers();
    const { saveCorrectionsPolicy } = await import('../../lib/data/corrections-policy');
    const editor = await createUser(prisma(), { role: 'EDITOR' });
    const journalist = await createUser(prisma(), { role: 'JOURNALIST' });
    expect((await render('/mises-a-jour/politique')).html).toContain('Signaler une erreur');
    await expect(saveCorrectionsPolicy(journalist, 'Nous corrigeons tout, toujours, sans délai.')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(saveCorrectionsPolicy(editor, 'court')).rejects.toMatchObject({ code: 'invalid' });
    const change = await saveCorrectionsPolicy(editor, 'Nous corrigeons **tout**, toujours, sans délai.');
    expect(change.keys).toContain('list:updates');
    const page = await render('/mises-a-jour/politique');
    expect(page.html).toContain('Nous corrigeons <strong>tout</strong>');
    expect(page.keys).toContain('list:updates');
    expect(await prisma().auditLog.count({ where: { action: 'settings.corrections-policy', actorId: editor.id } })).toBe(1);
  });
});
