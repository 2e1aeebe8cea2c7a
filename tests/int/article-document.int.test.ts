import { describe, expect, it } from 'vitest';
import { withScratchDatabase } from '../support/scratch-db';
import { addUpdate, createArticle, createRubrique, createUser } from '../support/factories';

const { prisma } = withScratchDatabase();

/** The head of a page as Next writes it: what the renderer learns the build's files from. */
const NEXT_HEAD =
  '<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/abc123.css" data-precedence="next"/>' +
  '<link rel="icon" href="/icon.svg?icon.x1&amp;y" sizes="any" type="image/svg+xml"/></head><body></body></html>';

describe('stories rendered without Next (lib/render/article-document.tsx)', () => {
  it('renders a published story with the head Next would write, and notes the keys Next’s page notes', async () => {
    const { ArticleDocumentRenderer } = await import('../../lib/render/article-document');
    const { collectRenderKeys } = await import('../../lib/cache/keys');
    const rubrique = await createRubrique(prisma(), { name: 'Politique directe' });
    const author = await createUser(prisma(), { name: 'Aïssatou Diallo' });
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Le budget voté : ce qui change' });
    const linked = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Le vote, heure par heure' });
    await prisma().relatedLink.create({ data: { articleId: story.id, targetId: linked.id, position: 0 } });
    await addUpdate(prisma(), story.id, 'MISE_A_JOUR', 'Ajout des résultats.');
    const renderer = new ArticleDocumentRenderer(() => 0);
    const url = `/${rubrique.slug}/${story.slug}`;

    // Nothing is rendered before the build's stylesheet is known: Next answers meanwhile.
    expect(renderer.ready).toBe(false);
    expect(await renderer.render(url)).toBeNull();
    renderer.learnFrom(NEXT_HEAD);
    expect(renderer.ready).toBe(true);
    expect(renderer.linkHeader()).toBe('</_next/static/chunks/abc123.css>; rel=preload; as="style"');

    const { result: html, keys } = await collectRenderKeys(() => renderer.render(url));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"\/><meta name="viewport" content="width=device-width, initial-scale=1"\/>/);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/abc123.css" data-precedence="next"/>');
    expect(html).toContain('<link rel="icon" href="/icon.svg?icon.x1&amp;y" sizes="any" type="image/svg+xml"/>');
    expect(html).toContain('<title>Le budget voté\u00a0: ce qui change — Dakarinfo</title>');
    expect(html).toContain(`<link rel="canonical" href="http://localhost:3000${url}"/>`);
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain('<meta name="twitter:card" content="summary"/>');
    expect(html).toContain('Politique directe');
    expect(html).toContain('Aïssatou Diallo');
    expect(html).toContain('Le vote, heure par heure');
    expect(html).toContain('Cette histoire a été mise à jour.');
    expect(html).toContain('application/ld+json');
    expect(html).not.toContain('<script>');
    expect([...keys].sort()).toEqual([`article:${linked.id}`, `article:${story.id}`, 'layout'].sort());
  });

  it('leaves to Next what is not a published story at its own address', async () => {
    const { ArticleDocumentRenderer } = await import('../../lib/render/article-document');
    const rubrique = await createRubrique(prisma());
    const other = await createRubrique(prisma());
    const author = await createUser(prisma());
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id });
    const draft = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'DRAFT' });
    const renderer = new ArticleDocumentRenderer(() => 0);
    renderer.learnFrom(NEXT_HEAD);
    expect(await renderer.render(`/${rubrique.slug}/${story.slug}`)).not.toBeNull();
    // Another rubrique (Next redirects), a draft, an unknown slug (Next: 301 from an old slug, or 404).
    expect(await renderer.render(`/${other.slug}/${story.slug}`)).toBeNull();
    expect(await renderer.render(`/${rubrique.slug}/${draft.slug}`)).toBeNull();
    expect(await renderer.render(`/${rubrique.slug}/pas-une-histoire`)).toBeNull();
    // Not a story's address at all.
    expect(await renderer.render(`/auteurs/${story.slug}`)).toBeNull();
    expect(await renderer.render(`/${rubrique.slug}`)).toBeNull();
    expect(await renderer.render(`/${rubrique.slug}/${story.slug}?page=2`)).toBeNull();
    expect(await renderer.render(`/${rubrique.slug}/${story.slug}/plus`)).toBeNull();
    expect(await renderer.render(`/${rubrique.slug}/Majuscules`)).toBeNull();
  });

  it('reads the rubriques again after a purge, as Next’s data cache does', async () => {
    const { ArticleDocumentRenderer } = await import('../../lib/render/article-document');
    const rubrique = await createRubrique(prisma(), { name: 'Avant le renommage' });
    const author = await createUser(prisma());
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id });
    let generation = 0;
    const renderer = new ArticleDocumentRenderer(() => generation);
    renderer.learnFrom(NEXT_HEAD);
    const url = `/${rubrique.slug}/${story.slug}`;
    expect(await renderer.render(url)).toContain('Avant le renommage');
    await prisma().rubrique.update({ where: { id: rubrique.id }, data: { name: 'Après le renommage' } });
    // The story's own rubrique is read with the story; the navigation keeps its copy until a purge.
    const before = (await renderer.render(url)) ?? '';
    expect(before.slice(before.indexOf('<nav'), before.indexOf('</nav>'))).toContain('Avant le renommage');
    generation += 1;
    const after = (await renderer.render(url)) ?? '';
    expect(after.slice(after.indexOf('<nav'), after.indexOf('</nav>'))).toContain('Après le renommage');
  });

  it('reads the rubriques again when another instance purged (the shared cache’s epoch moved) before this one heard of it', async () => {
    const { ArticleDocumentRenderer } = await import('../../lib/render/article-document');
    const rubrique = await createRubrique(prisma(), { name: 'Nom d’origine' });
    const author = await createUser(prisma());
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id });
    const renderer = new ArticleDocumentRenderer(() => 0);
    renderer.learnFrom(NEXT_HEAD);
    const url = `/${rubrique.slug}/${story.slug}`;
    const nav = (html: string | null) => (html ?? '').slice((html ?? '').indexOf('<nav'), (html ?? '').indexOf('</nav>'));
    expect(nav(await renderer.render(url, 'epoch-1'))).toContain('Nom d’origine');
    await prisma().rubrique.update({ where: { id: rubrique.id }, data: { name: 'Nom changé ailleurs' } });
    // Same epoch, same generation: the copy is kept. A new epoch (a purge elsewhere): read again.
    expect(nav(await renderer.render(url, 'epoch-1'))).toContain('Nom d’origine');
    expect(nav(await renderer.render(url, 'epoch-2'))).toContain('Nom changé ailleurs');
  });
});
