/**
 * Test data built through Prisma with unique values, so tests never depend on each other or on the demo.
 */
import { randomBytes } from 'node:crypto';
import type { ArticleStatus, Placement, PrismaClient, Role, UpdateKind } from '../../lib/generated/prisma/client';
import type { TArticleDraft } from '../../lib/validation/article';

const unique = () => randomBytes(4).toString('hex');

export async function createUser(prisma: PrismaClient, data: { role?: Role; name?: string; active?: boolean; passwordHash?: string } = {}) {
  const id = unique();
  return prisma.user.create({
    data: {
      email: `u-${id}@test.dakarinfo`,
      name: data.name ?? `Auteur ${id}`,
      slug: `auteur-${id}`,
      role: data.role ?? 'JOURNALIST',
      active: data.active ?? true,
      passwordHash: data.passwordHash ?? 'x',
    },
  });
}

/** A rubrique in the readers' menu, as every rubrique made before the menu choice (pass `shownInMenu: false` for a new one). */
export async function createRubrique(prisma: PrismaClient, data: { name?: string; position?: number; shownInMenu?: boolean } = {}) {
  const id = unique();
  return prisma.rubrique.create({
    data: {
      slug: `rubrique-${id}`,
      name: data.name ?? `Rubrique ${id}`,
      position: data.position ?? 0,
      shownInMenu: data.shownInMenu ?? true,
    },
  });
}

export async function createArticle(
  prisma: PrismaClient,
  data: {
    rubriqueId: string;
    authorId: string;
    title?: string;
    body?: string;
    status?: ArticleStatus;
    placement?: Placement;
    publishedAt?: Date | null;
  },
) {
  const id = unique();
  const status = data.status ?? 'PUBLISHED';
  const title = data.title ?? `Article ${id}`;
  const body = data.body ?? 'Premier paragraphe.\n\nDeuxième paragraphe.';
  return prisma.article.create({
    data: {
      slug: `article-${id}`,
      title,
      chapo: `Chapô de l’article ${id}.`,
      body,
      status,
      placement: data.placement ?? 'NONE',
      rubriqueId: data.rubriqueId,
      authorId: data.authorId,
      publishedAt: data.publishedAt !== undefined ? data.publishedAt : status === 'PUBLISHED' ? new Date() : null,
      revisions: {
        create: { version: 1, title, chapo: '', body, slug: `article-${id}`, rubriqueId: data.rubriqueId, authorId: data.authorId },
      },
    },
  });
}

export async function addUpdate(prisma: PrismaClient, articleId: string, kind: UpdateKind, note: string, createdAt = new Date()) {
  await prisma.articleUpdate.create({ data: { articleId, kind, note, createdAt } });
  await prisma.article.update({ where: { id: articleId }, data: { lastUpdatedAt: createdAt } });
}

/** What getServerSession gives for a signed-in user, with the session row a real sign-in creates. */
export async function createSession(prisma: PrismaClient, userId: string, tokenVersion = 0) {
  const row = await prisma.userSession.create({ data: { userId, expiresAt: new Date(Date.now() + 3_600_000) } });
  return { user: { id: userId, tv: tokenVersion, sid: row.id } };
}

/** A story form's input in `rubriqueId`, complete enough to publish; `over` changes what a test is about. */
export function articleDraft(rubriqueId: string, over: Partial<TArticleDraft> = {}): TArticleDraft {
  return {
    title: 'L’été des réformes',
    chapo: 'Un chapô suffisamment long pour publier.',
    body: 'Premier paragraphe du texte.\n\nSecond paragraphe du texte.',
    rubriqueId,
    slug: '',
    placement: 'NONE',
    related: [],
    relatedInline: false,
    imageId: null,
    imageAlt: '',
    imageCaption: '',
    imageCredit: '',
    ...over,
  };
}
