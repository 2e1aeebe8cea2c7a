import { describe, expect, it } from 'vitest';
import { withScratchDatabase } from '../support/scratch-db';
import { addUpdate, createArticle, createRubrique, createUser } from '../support/factories';

const { prisma } = withScratchDatabase();
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

describe('public reads (lib/data) on a real PostgreSQL', () => {
  it('shows only published stories, newest first, in a rubrique', async () => {
    const { findRubriqueArticles } = await import('../../lib/data/find-rubrique-articles');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const old = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: hoursAgo(10) });
    const recent = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: hoursAgo(1) });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'DRAFT' });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'IN_REVIEW' });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'SCHEDULED', publishedAt: null });

    const page = await findRubriqueArticles(rubrique.id, 1);
    expect(page.articles.map((a) => a.id)).toEqual([recent.id, old.id]);
    expect(page.articles[0].href).toBe(`/${rubrique.slug}/${recent.slug}`);
    expect(page.hasNext).toBe(false);
  });

  it('paginates without repeating or skipping stories, even with equal dates', async () => {
    const { findRubriqueArticles, RUBRIQUE_PAGE_SIZE } = await import('../../lib/data/find-rubrique-articles');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const sameTime = hoursAgo(5);
    const ids = new Set<string>();
    for (let i = 0; i < RUBRIQUE_PAGE_SIZE + 3; i += 1) {
      ids.add((await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, publishedAt: sameTime })).id);
    }
    const first = await findRubriqueArticles(rubrique.id, 1);
    const second = await findRubriqueArticles(rubrique.id, 2);
    expect(first.articles).toHaveLength(RUBRIQUE_PAGE_SIZE);
    expect(first.hasNext).toBe(true);
    expect(second.articles).toHaveLength(3);
    expect(second.hasNext).toBe(false);
    expect(new Set([...first.articles, ...second.articles].map((a) => a.id))).toEqual(ids);
  });

  it('reads an article with its live related links in order and its update log, newest first', async () => {
    const { getPublishedArticle } = await import('../../lib/data/get-published-article');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const article = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id });
    const draft = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: author.id,
      status: 'DRAFT',
      title: 'Brouillon secret',
    });
    const first = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Premier lien' });
    const second = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Second lien' });
    await prisma().relatedLink.createMany({
      data: [
        { articleId: article.id, targetId: draft.id, position: 0, inline: true },
        { articleId: article.id, targetId: second.id, position: 1 },
        { articleId: article.id, targetId: first.id, position: 2 },
      ],
    });
    await addUpdate(prisma(), article.id, 'MISE_A_JOUR', 'Ajout des résultats.', hoursAgo(2));
    await addUpdate(prisma(), article.id, 'CORRECTION', 'Le montant était erroné.', hoursAgo(1));

    const page = await getPublishedArticle(article.slug);
    expect(page).not.toBeNull();
    // The draft is never linked; the inline place is not passed on to a link the editor did not put there.
    expect(page!.related.map((l) => l.title)).toEqual(['Second lien', 'Premier lien']);
    expect(page!.related.some((l) => l.inline)).toBe(false);
    expect(page!.updates.map((u) => u.kind)).toEqual(['CORRECTION', 'MISE_A_JOUR']);
    expect(page!.lastUpdatedAt?.getTime()).toBe(page!.updates[0].createdAt.getTime());
  });

  it('marks the first live link inline when the editor chose it', async () => {
    const { getPublishedArticle } = await import('../../lib/data/get-published-article');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const article = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id });
    const target = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id });
    await prisma().relatedLink.create({ data: { articleId: article.id, targetId: target.id, position: 0, inline: true } });
    const page = await getPublishedArticle(article.slug);
    expect(page!.related).toEqual([
      { title: target.title, href: `/${rubrique.slug}/${target.slug}`, rubriqueName: rubrique.name, inline: true, correctedAt: null },
    ]);
  });

  it('never returns a draft by its slug', async () => {
    const { getPublishedArticle } = await import('../../lib/data/get-published-article');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const draft = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'DRAFT' });
    expect(await getPublishedArticle(draft.slug)).toBeNull();
  });

  it('redirects an old slug to the story’s current address, only while it is published', async () => {
    const { findMissingStory } = await import('../../lib/data/find-missing-story');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const article = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id });
    await prisma().articleSlug.create({ data: { slug: 'ancien-titre', articleId: article.id } });
    expect(await findMissingStory('ancien-titre')).toEqual({ moved: `/${rubrique.slug}/${article.slug}` });
    expect(await findMissingStory('inconnu')).toBeNull();
    await prisma().article.update({ where: { id: article.id }, data: { status: 'DRAFT' } });
    // No longer published: no redirect; it was online, so its addresses say « retiré » (410).
    expect(await findMissingStory('ancien-titre')).toEqual({ withdrawn: true });
  });

  it('lists an author’s published stories; a deactivated account keeps its page only while stories signed by it are online', async () => {
    const { getAuthorPage } = await import('../../lib/data/get-author-page');
    const rubrique = await createRubrique(prisma());
    const author = await createUser(prisma());
    const gone = await createUser(prisma(), { active: false });
    const left = await createUser(prisma(), { active: false });
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, status: 'DRAFT' });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: gone.id, status: 'DRAFT' });
    const signed = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: left.id });
    const page = await getAuthorPage(author.slug, 1);
    expect(page?.articles.map((a) => a.id)).toEqual([story.id]);
    // Nothing public under their name: no page.
    expect(await getAuthorPage(gone.slug, 1)).toBeNull();
    // A journalist who left: the bylines of their published stories still lead somewhere.
    expect((await getAuthorPage(left.slug, 1))?.articles.map((a) => a.id)).toEqual([signed.id]);
    // Unpublished (back to draft): nothing of theirs is online any more.
    await prisma().article.update({ where: { id: signed.id }, data: { status: 'DRAFT' } });
    expect(await getAuthorPage(left.slug, 1)).toBeNull();
    expect(await getAuthorPage('personne', 1)).toBeNull();
  });

  it('« La rédaction » lists who signs a story online, in French alphabetical order, each with their latest story', async () => {
    const { findAuthors } = await import('../../lib/data/find-authors');
    const rubrique = await createRubrique(prisma());
    const fatou = await createUser(prisma(), { name: 'Fatou Sarr' });
    const elodie = await createUser(prisma(), { name: 'Élodie Faye' });
    const daouda = await createUser(prisma(), { name: 'Daouda Ba' });
    const unpublished = await createUser(prisma(), { name: 'Awa Sans Article' });
    const left = await createUser(prisma(), { name: 'Cheikh Parti', active: false });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: fatou.id, title: 'Ancien papier', publishedAt: hoursAgo(5) });
    const latest = await createArticle(prisma(), {
      rubriqueId: rubrique.id,
      authorId: fatou.id,
      title: 'Dernier papier',
      publishedAt: hoursAgo(1),
    });
    // A draft or a programmed story is not « the latest article » a reader can open.
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: fatou.id, title: 'Brouillon', status: 'DRAFT' });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: elodie.id, publishedAt: hoursAgo(2) });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: daouda.id, publishedAt: hoursAgo(3) });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: unpublished.id, status: 'DRAFT' });
    await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: left.id, publishedAt: hoursAgo(9) });
    const mine = new Set([fatou, elodie, daouda, unpublished, left].map((u) => u.slug));

    const found = await findAuthors(1);
    const listed = found.authors.filter((a) => mine.has(a.slug));
    // « Élodie » sorts as « Elodie », between Daouda and Fatou; a journalist who left keeps their place while signed stories are online.
    expect(listed.map((a) => a.name)).toEqual(['Cheikh Parti', 'Daouda Ba', 'Élodie Faye', 'Fatou Sarr']);
    expect(listed.find((a) => a.slug === fatou.slug)?.latest).toMatchObject({
      title: 'Dernier papier',
      href: `/${rubrique.slug}/${latest.slug}`,
    });
    expect(found.total).toBe(found.authors.length);
    expect(found.pages).toBe(1);

    await prisma().article.updateMany({ where: { authorId: left.id }, data: { status: 'DRAFT' } });
    expect((await findAuthors(1)).authors.map((a) => a.slug)).not.toContain(left.slug);
  });

  it('answers the health check', async () => {
    const { checkDatabase } = await import('../../lib/data/check-database');
    expect(await checkDatabase()).toBe(true);
  });
});
