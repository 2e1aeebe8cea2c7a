import { beforeEach, describe, expect, it, vi } from 'vitest';
import { articleDraft, createArticle, createRubrique, createSession, createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

// Server actions outside a Next request: the session comes from this stub, everything else is real.
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

// The scratch database is shared by the tests of this file: each reads what it created, or compares
// with the whole table as it stands.

/** The readers' renderer as the server builds it, on this file's database; a new navigation each time. */
async function render(url: string) {
  const { ReaderPages } = await import('../../lib/readers/render');
  const { NavigationCache } = await import('../../lib/readers/navigation');
  const { buildSiteAssets } = await import('../../lib/readers/assets');
  const { collectRenderKeys } = await import('../../lib/cache/keys');
  const pages = new ReaderPages(buildSiteAssets(process.cwd()), new NavigationCache(() => 0));
  const { result } = await collectRenderKeys(() => pages.render(url));
  return result;
}

const menuNav = (html: string) => html.match(/<nav class="site-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';

async function people() {
  const editor = await createUser(prisma(), { role: 'EDITOR' });
  const journalist = await createUser(prisma(), { role: 'JOURNALIST' });
  return { editor, journalist };
}

const state = async () => ({
  rubriques: await prisma().rubrique.findMany({ orderBy: { id: 'asc' } }),
  oldSlugs: await prisma().rubriqueSlug.findMany({ orderBy: { slug: 'asc' } }),
  audit: await prisma().auditLog.count(),
});

describe('a rubrique’s address changes', () => {
  it('moves the rubrique and its stories: the old addresses answer 301, the new ones are canonical, and the purge names them', async () => {
    const { updateRubrique } = await import('../../lib/data/rubrique-admin');
    const { editor } = await people();
    const rubrique = await createRubrique(prisma(), { name: 'Sciences' });
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: editor.id });
    const oldSlug = rubrique.slug;
    // A story that was renamed once keeps its own old address too.
    await prisma().articleSlug.create({ data: { slug: `${story.slug}-avant`, articleId: story.id } });

    const { publicChange, movedFrom } = await updateRubrique(editor, rubrique.id, {
      name: 'Sciences',
      description: '',
      slug: 'sciences-et-tech',
    });
    expect(movedFrom).toBe(oldSlug);
    // Every readers' page carries `layout` (the menu, hence every story page); the feeds carry `list:feeds`.
    expect(publicChange.keys).toEqual(expect.arrayContaining(['layout', `list:rubrique:${rubrique.id}`, 'list:feeds']));

    expect(await render(`/${oldSlug}`)).toEqual({ status: 301, location: '/sciences-et-tech' });
    expect(await render(`/${oldSlug}?page=2`)).toEqual({ status: 301, location: '/sciences-et-tech?page=2' });
    expect(await render(`/${oldSlug}/${story.slug}`)).toEqual({ status: 301, location: `/sciences-et-tech/${story.slug}` });
    expect(await render(`/${oldSlug}/${story.slug}-avant`)).toEqual({ status: 301, location: `/sciences-et-tech/${story.slug}` });
    const page = await render(`/sciences-et-tech/${story.slug}`);
    expect(page.status).toBe(200);
    expect('html' in page && page.html).toContain(`<link rel="canonical" href="http://localhost:3000/sciences-et-tech/${story.slug}"/>`);
    expect('html' in page && menuNav(page.html)).toContain('href="/sciences-et-tech"');

    // The rubrique's feed follows too.
    const { GET } = await import('../../app/[rubrique]/rss.xml/route');
    const feed = await GET(new Request(`http://localhost/${oldSlug}/rss.xml`), { params: Promise.resolve({ rubrique: oldSlug }) });
    expect(feed.status).toBe(301);
    expect(feed.headers.get('location')).toBe('/sciences-et-tech/rss.xml');

    const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'rubrique.rename', targetId: rubrique.id } });
    expect(audit.details).toMatchObject({ from: oldSlug, to: 'sciences-et-tech' });
    expect(audit.actorId).toBe(editor.id);
  });

  it('takes back its own old address: that redirect goes, the address it leaves redirects', async () => {
    const { updateRubrique } = await import('../../lib/data/rubrique-admin');
    const { editor } = await people();
    const rubrique = await createRubrique(prisma(), { name: 'Santé' });
    const first = rubrique.slug;
    await updateRubrique(editor, rubrique.id, { name: 'Santé', description: '', slug: 'sante-publique' });
    await updateRubrique(editor, rubrique.id, { name: 'Santé', description: '', slug: 'sante-et-bien-etre' });
    await updateRubrique(editor, rubrique.id, { name: 'Santé', description: '', slug: first });

    const olds = await prisma().rubriqueSlug.findMany({ where: { rubriqueId: rubrique.id }, orderBy: { slug: 'asc' } });
    expect(olds.map((o) => o.slug)).toEqual(['sante-et-bien-etre', 'sante-publique']);
    expect((await render(`/${first}`)).status).toBe(200);
    expect(await render('/sante-publique')).toEqual({ status: 301, location: `/${first}` });
    expect(await render('/sante-et-bien-etre')).toEqual({ status: 301, location: `/${first}` });

    // Saving without touching the address writes no old address and a plain update line.
    await updateRubrique(editor, rubrique.id, { name: 'Santé publique', description: 'Tout sur la santé.', slug: first });
    expect(await prisma().rubriqueSlug.count({ where: { rubriqueId: rubrique.id } })).toBe(2);
    expect(await prisma().auditLog.count({ where: { action: 'rubrique.update', targetId: rubrique.id } })).toBe(1);
  });

  it('refuses a reserved address, another rubrique’s address, or another rubrique’s old address, changing nothing', async () => {
    const { updateRubrique, createRubrique: create } = await import('../../lib/data/rubrique-admin');
    const { editor } = await people();
    const mine = await createRubrique(prisma(), { name: 'Mienne' });
    const other = await createRubrique(prisma(), { name: 'Voisine' });
    await updateRubrique(editor, other.id, { name: 'Voisine', description: '', slug: 'voisine-nouvelle' });
    const before = await state();

    const attempt = (slug: string) => updateRubrique(editor, mine.id, { name: 'Renommée', description: 'Changée', slug });
    await expect(attempt('admin')).rejects.toMatchObject({
      code: 'invalid',
      field: 'slug',
      message: 'Cette adresse est réservée par le site.',
    });
    await expect(attempt('voisine-nouvelle')).rejects.toMatchObject({
      code: 'invalid',
      field: 'slug',
      message: expect.stringMatching(/Voisine/),
    });
    await expect(attempt(other.slug)).rejects.toMatchObject({
      code: 'invalid',
      field: 'slug',
      message: expect.stringMatching(/a été celle/),
    });
    // Creation follows the same rules.
    await expect(create(editor, { name: 'Intruse', description: '', slug: other.slug })).rejects.toMatchObject({ field: 'slug' });
    await expect(create(editor, { name: 'Intruse', description: '', slug: 'recherche' })).rejects.toMatchObject({ field: 'slug' });

    expect(await state()).toEqual(before);
  });

  it('checks the address format and the rights in the action, with French messages', async () => {
    const actions = await import('../../lib/actions/rubrique-actions');
    const { editor, journalist } = await people();
    const rubrique = await createRubrique(prisma(), { name: 'Format' });
    const form = (slug: string) => {
      const data = new FormData();
      for (const [k, v] of Object.entries({ id: rubrique.id, name: 'Format', description: '', slug })) data.set(k, v);
      return data;
    };
    const before = await state();

    expect(await actions.updateRubriqueAction({ ok: false }, form('autre-adresse'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/session a expiré/),
    });
    session.current = await createSession(prisma(), journalist.id);
    expect(await actions.updateRubriqueAction({ ok: false }, form('autre-adresse'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/droits/),
    });
    expect(
      await actions.setRubriqueMenuAction(
        { ok: false },
        (() => {
          const d = new FormData();
          d.set('id', rubrique.id);
          d.set('shown', 'true');
          return d;
        })(),
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/droits/) });
    expect(await actions.reorderRubriquesAction([rubrique.id])).toMatchObject({ ok: false, message: expect.stringMatching(/droits/) });

    session.current = await createSession(prisma(), editor.id);
    for (const bad of ['Économie', 'vie locale', '-vie', 'vie--locale', 'a/b', '']) {
      const result = await actions.updateRubriqueAction({ ok: false }, form(bad));
      expect(result.ok, bad).toBe(false);
      expect(result.fieldErrors?.slug, bad).toMatch(/adresse/i);
    }
    expect(await state()).toEqual(before);

    const done = await actions.updateRubriqueAction({ ok: false }, form('format-nouveau'));
    expect(done).toMatchObject({ ok: true, message: expect.stringContaining('/format-nouveau') });
    expect(done.message).toContain(`/${rubrique.slug}`);
  });
});

describe('the readers’ menu', () => {
  it('leaves a new rubrique out until an editor shows it or it has a story online; its page works, unindexed', async () => {
    const { createRubrique: create } = await import('../../lib/data/rubrique-admin');
    const { setRubriqueShownInMenu } = await import('../../lib/data/rubrique-menu');
    const { queryMenuRubriques, queryRubriques } = await import('../../lib/data/query-rubriques');
    const { editor } = await people();
    const fresh = await create(editor, { name: 'Jeunesse', description: '', slug: 'jeunesse' });
    expect(fresh.shownInMenu).toBe(false);

    expect((await queryMenuRubriques()).map((r) => r.slug)).not.toContain('jeunesse');
    // The newsroom sees it (a journalist can write in it).
    expect((await queryRubriques()).map((r) => r.slug)).toContain('jeunesse');
    const hidden = await render('/jeunesse');
    expect(hidden.status).toBe(200);
    expect('html' in hidden && hidden.html).toContain('<meta name="robots" content="noindex"/>');
    expect('html' in hidden && menuNav(hidden.html)).not.toContain('Jeunesse');
    const { findSitemapPages } = await import('../../lib/data/find-sitemap-entries');
    expect((await findSitemapPages()).rubriques.map((r) => r.slug)).not.toContain('jeunesse');

    expect((await setRubriqueShownInMenu(editor, fresh.id, true)).keys).toContain('layout');
    expect((await queryMenuRubriques()).map((r) => r.slug)).toContain('jeunesse');
    const shown = await render('/jeunesse');
    expect('html' in shown && shown.html).not.toContain('name="robots"');
    expect('html' in shown && menuNav(shown.html)).toContain('Jeunesse');
    expect((await findSitemapPages()).rubriques.map((r) => r.slug)).toContain('jeunesse');

    await setRubriqueShownInMenu(editor, fresh.id, false);
    expect((await queryMenuRubriques()).map((r) => r.slug)).not.toContain('jeunesse');
    expect(await prisma().auditLog.count({ where: { action: 'rubrique.menu', targetId: fresh.id } })).toBe(2);
  });

  it('takes in a hidden rubrique at its first story online, and purges the menu then (not at every story)', async () => {
    const { saveArticle, createArticle: write } = await import('../../lib/data/save-article');
    const { queryMenuRubriques } = await import('../../lib/data/query-rubriques');
    const { editor } = await people();
    const rubrique = await createRubrique(prisma(), { name: 'Agriculture', shownInMenu: false });
    const inMenu = async () => (await queryMenuRubriques()).some((r) => r.id === rubrique.id);

    const first = await write(editor, articleDraft(rubrique.id, { title: 'Les semences de la saison' }));
    expect(await inMenu()).toBe(false);
    const published = await saveArticle(editor, first.id, 1, articleDraft(rubrique.id, { title: 'Les semences de la saison' }), 'publish');
    expect(published.publicChange.keys).toContain('layout');
    expect(await inMenu()).toBe(true);

    const second = await write(editor, articleDraft(rubrique.id, { title: 'La pluie arrive' }));
    const again = await saveArticle(editor, second.id, 1, articleDraft(rubrique.id, { title: 'La pluie arrive' }), 'publish');
    expect(again.publicChange.keys).not.toContain('layout');

    // Offline again, one after the other: the menu goes when the last one does.
    const off1 = await saveArticle(editor, second.id, again.version, articleDraft(rubrique.id, { title: 'La pluie arrive' }), 'unpublish');
    expect(off1.publicChange.keys).toContain('layout'); // one left online: it may have just entered or left
    expect(await inMenu()).toBe(true);
    const off2 = await saveArticle(
      editor,
      first.id,
      published.version,
      articleDraft(rubrique.id, { title: 'Les semences de la saison' }),
      'unpublish',
    );
    expect(off2.publicChange.keys).toContain('layout');
    expect(await inMenu()).toBe(false);

    // A rubrique shown by an editor never needs it.
    const shown = await createRubrique(prisma(), { name: 'Élevage' });
    const story = await write(editor, articleDraft(shown.id, { title: 'Le marché au bétail' }));
    const live = await saveArticle(editor, story.id, 1, articleDraft(shown.id, { title: 'Le marché au bétail' }), 'publish');
    expect(live.publicChange.keys).not.toContain('layout');
  });
});

describe('the menu’s order', () => {
  const order = async () =>
    (await prisma().rubrique.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true } })).map((r) => r.id);

  it('is saved whole, audited and purged; a list that is not every rubrique once changes nothing', async () => {
    const { reorderRubriques } = await import('../../lib/data/reorder-rubriques');
    const { editor } = await people();
    await createRubrique(prisma(), { name: 'Ordre A' });
    await createRubrique(prisma(), { name: 'Ordre B' });
    const current = await order();
    const before = await state();

    const refused = (ids: string[]) =>
      expect(reorderRubriques(editor, ids)).rejects.toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/rechargez la page/),
      });
    await refused(current.slice(1));
    await refused([...current, 'inconnue']);
    await refused([current[0], ...current.slice(0, -1)]);
    await refused([...current.slice(0, -1), 'inconnue']);
    expect(await state()).toEqual(before);

    const reversed = [...current].reverse();
    const { keys } = await reorderRubriques(editor, reversed);
    expect(keys).toEqual(['layout']);
    expect(await order()).toEqual(reversed);
    expect(await prisma().auditLog.count({ where: { action: 'rubrique.reorder', actorId: editor.id } })).toBe(1);

    // The readers' menu follows.
    const home = await render('/');
    const nav = 'html' in home ? menuNav(home.html) : '';
    const menu = await (await import('../../lib/data/query-rubriques')).queryMenuRubriques();
    const positions = menu.map((r) => nav.indexOf(`href="/${r.slug}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(menu.map((r) => r.id)).toEqual(reversed.filter((id) => menu.some((r) => r.id === id)));
  });

  it('never interleaves two editors’ orders saved at once', async () => {
    const { reorderRubriques } = await import('../../lib/data/reorder-rubriques');
    const { editor } = await people();
    await createRubrique(prisma(), { name: 'Ordre C' });
    const current = await order();
    const rotated = [...current.slice(1), current[0]];
    const reversed = [...current].reverse();
    await Promise.all([reorderRubriques(editor, rotated), reorderRubriques(editor, reversed)]);
    const final = await order();
    expect([rotated, reversed]).toContainEqual(final);
    // Positions are 0…n-1, each once.
    const positions = (await prisma().rubrique.findMany({ select: { position: true } })).map((r) => r.position).sort((a, b) => a - b);
    expect(positions).toEqual(current.map((_, i) => i));
  });

  it('is refused by the action when it is not a list of ids', async () => {
    const { reorderRubriquesAction } = await import('../../lib/actions/rubrique-actions');
    const { editor } = await people();
    session.current = await createSession(prisma(), editor.id);
    const before = await state();
    expect(await reorderRubriquesAction('a,b')).toMatchObject({ ok: false, message: expect.stringMatching(/rechargez la page/) });
    expect(await reorderRubriquesAction([])).toMatchObject({ ok: false });
    expect(await reorderRubriquesAction([(await order())[0]])).toMatchObject({ ok: false, message: expect.stringMatching(/a changé/) });
    expect(await state()).toEqual(before);
    expect(await reorderRubriquesAction(await order())).toMatchObject({ ok: true, message: 'Ordre du menu enregistré.' });
  });
});
