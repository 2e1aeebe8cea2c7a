import { describe, expect, it } from 'vitest';
import { withScratchDatabase } from '../support/scratch-db';
import { addUpdate, createArticle, createRubrique, createUser } from '../support/factories';

const { prisma } = withScratchDatabase();

/** The readers' renderer as the server builds it, on this file's database. */
async function readers(generation = () => 0) {
  const { ReaderPages } = await import('../../lib/readers/render');
  const { NavigationCache } = await import('../../lib/readers/navigation');
  const { buildSiteAssets } = await import('../../lib/readers/assets');
  const { collectRenderKeys } = await import('../../lib/cache/keys');
  const pages = new ReaderPages(buildSiteAssets(process.cwd()), new NavigationCache(generation));
  return { pages, render: (url: string) => collectRenderKeys(() => pages.render(url)) };
}

const html = (rendered: { status: number } & ({ html: string } | { location: string })) => ('html' in rendered ? rendered.html : '');

describe('every readers’ page, one renderer (lib/readers)', () => {
  it('renders a story with the one head and shell, the build’s own stylesheet, and notes what it shows', async () => {
    const { pages, render } = await readers();
    const rubrique = await createRubrique(prisma(), { name: 'Politique directe' });
    const author = await createUser(prisma(), { name: 'Aïssatou Diallo' });
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Le budget voté : ce qui change' });
    const linked = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Le vote, heure par heure' });
    await prisma().relatedLink.create({ data: { articleId: story.id, targetId: linked.id, position: 0 } });
    await addUpdate(prisma(), story.id, 'MISE_A_JOUR', 'Ajout des résultats.');
    const url = `/${rubrique.slug}/${story.slug}`;

    const { result, keys } = await render(url);
    expect(result.status).toBe(200);
    const page = html(result);
    expect(page).toMatch(
      /^<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"\/><meta name="viewport" content="width=device-width, initial-scale=1"\/>/,
    );
    expect(page).toContain(`<link rel="stylesheet" href="${pages.assets.stylesheet.path}"/>`);
    expect(page).toContain(`<link rel="icon" href="${pages.assets.icon.path}" type="image/svg+xml" sizes="any"/>`);
    expect(page).toContain('<title>Le budget voté\u00a0: ce qui change — Dakarinfo</title>');
    expect(page).toContain(`<link rel="canonical" href="http://localhost:3000${url}"/>`);
    expect(page).toContain('<meta property="og:type" content="article"/>');
    expect(page).toContain('Aïssatou Diallo');
    expect(page).toContain('Le vote, heure par heure');
    expect(page).toContain('Cette histoire a été mise à jour.');
    expect(page).toContain('application/ld+json');
    expect(page).not.toMatch(/<script(?! type="application\/ld\+json")/);
    // The rubrique is marked in the bar, the footer lists the rubriques.
    expect(page).toContain(`href="/${rubrique.slug}" aria-current="page"`);
    expect([...keys].sort()).toEqual([`article:${linked.id}`, `article:${story.id}`, 'layout'].sort());
    expect(pages.linkHeader()).toBe(`<${pages.assets.stylesheet.path}>; rel=preload; as="style"`);
  });

  it('answers what is not a story at its address: 301 to its rubrique or new slug, 410 once withdrawn, 404 otherwise', async () => {
    const { render } = await readers();
    const rubrique = await createRubrique(prisma());
    const other = await createRubrique(prisma());
    const author = await createUser(prisma());
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id });
    const draft = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'DRAFT' });
    const withdrawn = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      status: 'DRAFT',
      publishedAt: new Date(Date.now() - 3_600_000),
    });
    await prisma().articleSlug.create({ data: { slug: 'ancien-titre-du-papier', articleId: story.id } });
    await prisma().articleSlug.create({ data: { slug: 'ancien-titre-retire', articleId: withdrawn.id } });

    expect((await render(`/${other.slug}/${story.slug}`)).result).toEqual({ status: 301, location: `/${rubrique.slug}/${story.slug}` });
    expect((await render(`/${rubrique.slug}/ancien-titre-du-papier`)).result).toEqual({
      status: 301,
      location: `/${rubrique.slug}/${story.slug}`,
    });
    // A trailing slash is the same address without it, query kept.
    expect((await render(`/${rubrique.slug}/`)).result).toEqual({ status: 301, location: `/${rubrique.slug}` });
    expect((await render(`/${rubrique.slug}/?page=2`)).result).toEqual({ status: 301, location: `/${rubrique.slug}?page=2` });
    for (const url of [`/${rubrique.slug}/${withdrawn.slug}`, `/${rubrique.slug}/ancien-titre-retire`]) {
      const gone = (await render(url)).result;
      expect(gone.status, url).toBe(410);
      expect(html(gone)).toContain('Cet article a été retiré');
      expect(html(gone)).toContain('<meta name="robots" content="noindex"/>');
    }
    for (const url of [
      `/${rubrique.slug}/${draft.slug}`,
      `/${rubrique.slug}/rien-de-tel`,
      '/rubrique-inconnue',
      '/auteurs/personne',
      '/a/b/c',
      `/${rubrique.slug}?page=abc`,
      '/wp-login.php',
    ]) {
      const missing = (await render(url)).result;
      expect(missing.status, url).toBe(404);
      expect(html(missing), url).toContain('Page introuvable');
      // The 404 still has the site's navigation.
      expect(html(missing), url).toContain(`href="/${rubrique.slug}"`);
    }
  });

  it('renders Manchettes, a rubrique, « La rédaction », an author and a search, each noting its list', async () => {
    const { render } = await readers();
    const rubrique = await createRubrique(prisma(), { name: 'Culture du jour' });
    const author = await createUser(prisma(), { name: 'Moussa Sène' });
    const story = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      title: 'Le festival de jazz de Saint-Louis',
    });
    const { slug: authorSlug } = await prisma().user.findUniqueOrThrow({ where: { id: author.id }, select: { slug: true } });
    const cases: Array<[string, string, string]> = [
      ['/', 'Le festival de jazz de Saint-Louis', 'list:home'],
      [`/${rubrique.slug}`, '<h1>Culture du jour</h1>', `list:rubrique:${rubrique.id}`],
      ['/auteurs', 'Moussa Sène', 'list:authors'],
      [`/auteurs/${authorSlug}`, '<h1>Moussa Sène</h1>', `list:author:${author.id}`],
      ['/recherche?q=festival', 'Le festival de jazz de Saint-Louis', 'list:search'],
    ];
    for (const [url, text, key] of cases) {
      const { result, keys } = await render(url);
      expect(result.status, url).toBe(200);
      expect(html(result), url).toContain(text);
      // A search is purged by `list:search` on every story change; the other lists also name their stories.
      expect([...keys], url).toEqual(
        expect.arrayContaining(['layout', key, ...(url.startsWith('/recherche') ? [] : [`article:${story.id}`])]),
      );
    }
    // The search page: not for search engines, and its words stay in the header's box.
    const search = html((await render('/recherche?q=festival')).result);
    expect(search).toContain('<meta name="robots" content="noindex, follow"/>');
    expect(search).toContain('<title>«\u00a0festival\u00a0» — Recherche — Dakarinfo</title>');
    expect(search).toMatch(/id="entete-recherche"[^>]*value="festival"/);
  });

  it('reads the navigation once per purge, not once per page', async () => {
    let generation = 0;
    const { render } = await readers(() => generation);
    const rubrique = await createRubrique(prisma(), { name: 'Sport' });
    expect(html((await render('/')).result)).toContain('>Sport</a>');
    await prisma().rubrique.update({ where: { id: rubrique.id }, data: { name: 'Sports' } });
    // Kept until a purge says the navigation changed…
    expect(html((await render('/')).result)).toContain('>Sport</a>');
    generation += 1;
    expect(html((await render('/')).result)).toContain('>Sports</a>');
  });

  it('finds a rubrique created outside the app before the navigation knows it', async () => {
    const { render } = await readers();
    await render('/');
    const late = await createRubrique(prisma(), { name: 'Ajoutée en SQL' });
    const { result } = await render(`/${late.slug}`);
    expect(result.status).toBe(200);
    expect(html(result)).toContain('<h1>Ajoutée en SQL</h1>');
  });

  it('renders the 503 and the 429 without the database, in the same document', async () => {
    const { pages } = await readers();
    const unavailable = pages.renderStatus('unavailable');
    expect(unavailable).toContain('Le site est momentanément indisponible');
    expect(unavailable).toContain(`<link rel="stylesheet" href="${pages.assets.stylesheet.path}"/>`);
    expect(pages.renderStatus('too-many')).toContain('Trop de requêtes en peu de temps');
  });

  it('previews a draft exactly as readers will get it, under the newsroom’s banner', async () => {
    const { pages } = await readers();
    const { getArticlePreview } = await import('../../lib/data/get-published-article');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const draft = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      status: 'DRAFT',
      title: 'Brouillon à relire',
    });
    const preview = await pages.renderPreview(
      (await getArticlePreview(draft.id))!,
      { text: 'Aperçu — cet article n’est pas public', backHref: `/admin/articles/${draft.id}` },
      true,
    );
    expect(preview).toContain('Aperçu — cet article n’est pas public');
    expect(preview).toContain(`href="/admin/articles/${draft.id}">Revenir à l’édition</a>`);
    expect(preview).toContain('Brouillon à relire');
    expect(preview).toContain(`<link rel="stylesheet" href="${pages.assets.stylesheet.path}"/>`);
    expect(preview).toContain('<meta name="robots" content="noindex, nofollow"/>');
  });
});
