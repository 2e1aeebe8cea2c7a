import { describe, expect, it } from 'vitest';
import { bodyToPlainText } from '../../lib/content/render-body';
import { seedDemoNewsroom } from '../../prisma/seed';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();

describe('demo newsroom seed', () => {
  it('creates a credible newsroom once, with generated passwords, and is idempotent', async () => {
    const first = await seedDemoNewsroom(prisma());
    expect(first.seeded).toBe(true);
    expect(first.accounts.map((a) => a.role).sort()).toEqual(['ADMIN', 'EDITOR', 'JOURNALIST']);
    expect(new Set(first.accounts.map((a) => a.password)).size).toBe(3);
    // The demo's passwords are no admin's temporary ones: no first-sign-in screen, no two-step enrolment.
    expect(await prisma().user.count({ where: { OR: [{ mustChangePassword: true }, { totpSecret: { not: null } }] } })).toBe(0);

    const published = await prisma().article.findMany({
      where: { status: 'PUBLISHED' },
      select: { body: true, rubriqueId: true, authorId: true },
    });
    expect(published.length).toBeGreaterThanOrEqual(40);
    expect(new Set(published.map((a) => a.rubriqueId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(published.map((a) => a.authorId)).size).toBeGreaterThanOrEqual(4);
    for (const { body } of published) {
      const words = bodyToPlainText(body)
        .split(/\s+/)
        .filter((w) => /\p{L}/u.test(w)).length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(1200);
    }
    expect(await prisma().article.count({ where: { status: 'DRAFT' } })).toBeGreaterThanOrEqual(3);
    expect(await prisma().articleUpdate.count()).toBeGreaterThanOrEqual(3);
    expect(await prisma().relatedLink.count()).toBeGreaterThanOrEqual(20);
    expect(await prisma().article.count({ where: { placement: 'LEAD' } })).toBe(1);

    const again = await seedDemoNewsroom(prisma());
    expect(again).toEqual({ seeded: false, accounts: [] });
    expect(await prisma().article.count()).toBe(published.length + (await prisma().article.count({ where: { status: 'DRAFT' } })));
  });
});
