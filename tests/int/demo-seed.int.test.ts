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
      select: { body: true, rubriqueId: true, authorId: true, liveStartedAt: true },
    });
    expect(published.length).toBeGreaterThanOrEqual(40);
    expect(new Set(published.map((a) => a.rubriqueId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(published.map((a) => a.authorId)).size).toBeGreaterThanOrEqual(4);
    // A live's text only presents it: its entries carry the story.
    for (const { body } of published.filter((a) => !a.liveStartedAt)) {
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

    // « En direct »: one live running, one closed, no alert.
    const lives = await prisma().article.findMany({
      where: { liveStartedAt: { not: null } },
      select: { id: true, status: true, publishedAt: true, liveStartedAt: true, liveEndedAt: true },
    });
    expect(lives).toHaveLength(2);
    expect(lives.every((l) => l.status === 'PUBLISHED' && l.publishedAt)).toBe(true);
    const running = lives.find((l) => !l.liveEndedAt);
    const closed = lives.find((l) => l.liveEndedAt);
    if (!running || !closed?.liveEndedAt || !running.liveStartedAt || !closed.liveStartedAt) throw new Error('un direct manque');
    const now = Date.now();
    expect(now - running.liveStartedAt.getTime()).toBeGreaterThan(2 * 3_600_000);
    expect(now - running.liveStartedAt.getTime()).toBeLessThan(8 * 3_600_000);
    expect(closed.liveEndedAt.getTime()).toBeGreaterThan(closed.liveStartedAt.getTime());
    expect(await prisma().alert.count()).toBe(0);

    const entriesOf = (articleId: string) => prisma().liveEntry.findMany({ where: { articleId }, orderBy: { createdAt: 'asc' } });
    const runningEntries = await entriesOf(running.id);
    expect(runningEntries.length).toBeGreaterThanOrEqual(25);
    expect(new Set(runningEntries.map((e) => e.authorId)).size).toBeGreaterThanOrEqual(3);
    expect(runningEntries.filter((e) => e.keyPoint)).toHaveLength(2);
    expect(runningEntries.filter((e) => e.pinnedAt)).toHaveLength(1);
    expect(runningEntries.filter((e) => e.withdrawnAt)).toHaveLength(0);
    const spanHours = (runningEntries[runningEntries.length - 1].createdAt.getTime() - runningEntries[0].createdAt.getTime()) / 3_600_000;
    expect(spanHours).toBeGreaterThanOrEqual(3);
    for (const entry of runningEntries) {
      expect(entry.createdAt.getTime()).toBeGreaterThanOrEqual(running.liveStartedAt.getTime());
      expect(entry.createdAt.getTime()).toBeLessThanOrEqual(now);
      expect(entry.body.length).toBeGreaterThan(40);
    }
    const closedEntries = await entriesOf(closed.id);
    expect(closedEntries.length).toBeGreaterThanOrEqual(6);
    expect(closedEntries.length).toBeLessThanOrEqual(10);
    for (const entry of closedEntries) {
      expect(entry.createdAt.getTime()).toBeGreaterThanOrEqual(closed.liveStartedAt.getTime());
      expect(entry.createdAt.getTime()).toBeLessThanOrEqual(closed.liveEndedAt.getTime());
    }
    const withdrawn = closedEntries.filter((e) => e.withdrawnAt);
    expect(withdrawn).toHaveLength(1);
    // Not a duplicate, withdrawn by an editor: its public trace shows.
    expect(withdrawn[0].duplicate).toBe(false);
    const withdrawer = await prisma().user.findUniqueOrThrow({ where: { id: withdrawn[0].withdrawnById ?? '' } });
    expect(['EDITOR', 'ADMIN']).toContain(withdrawer.role);
    const entryCount = await prisma().liveEntry.count();
    // « Les plus lus » is not empty on a fresh demo: reads of published stories, none of a live.
    const reads = await prisma().articleRead.findMany({ select: { article: { select: { status: true, liveStartedAt: true } } } });
    expect(reads.length).toBeGreaterThanOrEqual(15);
    expect(reads.every((row) => row.article.status === 'PUBLISHED' && row.article.liveStartedAt === null)).toBe(true);

    const again = await seedDemoNewsroom(prisma());
    expect(again).toEqual({ seeded: false, accounts: [] });
    expect(await prisma().article.count()).toBe(published.length + (await prisma().article.count({ where: { status: 'DRAFT' } })));
    expect(await prisma().liveEntry.count()).toBe(entryCount);
    expect(await prisma().articleRead.count()).toBe(reads.length);
    expect(await prisma().article.count({ where: { liveStartedAt: { not: null } } })).toBe(2);
  });
});
