import type { Prisma, PrismaClient } from '../../lib/generated/prisma/client';
import { createPrismaClient } from '../../lib/prisma-client';

let client: PrismaClient | undefined;

/** The e2e database (seeded with the demo newsroom by `npm test`), to find fixtures and check writes. */
export function e2eDb(): PrismaClient {
  if (!client) {
    const url = process.env.E2E_DATABASE_URL;
    if (!url) throw new Error('E2E_DATABASE_URL manquant');
    client = createPrismaClient(url, 2);
  }
  return client;
}

/** Path of a published story matching `where`, for tests that need "a story with …". */
export async function publishedArticlePath(where: Prisma.ArticleWhereInput) {
  const row = await e2eDb().article.findFirstOrThrow({
    where: { ...where, status: 'PUBLISHED' },
    orderBy: { publishedAt: 'desc' },
    select: { slug: true, title: true, rubrique: { select: { slug: true, name: true } } },
  });
  return { path: `/${row.rubrique.slug}/${row.slug}`, title: row.title, rubrique: row.rubrique };
}
