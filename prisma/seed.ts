/**
 * The demo newsroom: rubriques, people, the stories in prisma/demo/stories and its two lives
 * (« En direct », prisma/demo/stories/lives.ts: one running, one closed; no alert). Idempotent: on a
 * database that already has stories it does nothing. Returns the demo accounts it created, with
 * their generated passwords (never a fixed one), so that the caller can print and keep them.
 * Everything is written in one transaction, and `record` (keeping the passwords somewhere) runs
 * inside it, last: if the record cannot be kept, nothing is seeded (lib/ops/demo-accounts.ts).
 */
import type { PrismaClient } from '../lib/generated/prisma/client';
import { generatePassword, hashPassword } from '../lib/auth/password';
import { slugify } from '../lib/french/slug';
import sharp from 'sharp';
import { processImage } from '../lib/media/process-image';
import { DEMO_LEGAL, DEMO_SOCIAL_ALT, demoSocialImageSvg } from './demo/identity';
import { demoIllustrations } from './demo/illustrations';
import { demoPeople, demoRubriques } from './demo/newsroom';
import { complementStories } from './demo/stories/complements';
import { demoLives, liveStories } from './demo/stories/lives';
import { cultureSportStories } from './demo/stories/culture-sport';
import { mondeSciencesStories } from './demo/stories/monde-sciences';
import { politiqueEconomieStories } from './demo/stories/politique-economie';
import type { TDemoStory } from './demo/types';

export const demoStories: TDemoStory[] = [
  ...politiqueEconomieStories,
  ...cultureSportStories,
  ...mondeSciencesStories,
  ...complementStories,
  ...liveStories,
];

export type TDemoAccount = { email: string; name: string; role: string; password: string };
export type TSeedOptions = { now?: Date; record?: (accounts: TDemoAccount[]) => void | Promise<void> };

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Two seeds at once (two first starts on one database) would both find it empty: one waits. */
const SEED_LOCK = 0x64616b61;

export async function seedDemoNewsroom(
  prisma: PrismaClient,
  options: TSeedOptions = {},
): Promise<{ seeded: boolean; accounts: TDemoAccount[] }> {
  const now = options.now ?? new Date();
  if ((await prisma.article.count()) > 0) return { seeded: false, accounts: [] };

  // The slow work first (password hashes, pictures), outside the transaction.
  const people = await Promise.all(
    demoPeople.map(async (person) => {
      const password = generatePassword();
      return { person, password, passwordHash: await hashPassword(password) };
    }),
  );
  const pictures = await Promise.all(
    Object.entries(demoIllustrations).map(async ([key, draw]) => {
      const illustration = draw();
      return { key, illustration, processed: await processImage(await sharp(Buffer.from(illustration.svg)).png().toBuffer()) };
    }),
  );

  const socialImage = await processImage(await sharp(Buffer.from(demoSocialImageSvg())).png().toBuffer());

  const accounts: TDemoAccount[] = [];
  const seeded = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
      if ((await tx.article.count()) > 0) return false;

      const userIds = new Map<string, string>();
      for (const { person, password, passwordHash } of people) {
        // An account made before the seed (npm run user) keeps its own password: it is not a demo account to print.
        const existing = await tx.user.findUnique({ where: { email: person.email }, select: { id: true } });
        const user =
          existing ??
          (await tx.user.create({
            data: { email: person.email, name: person.name, slug: person.key, bio: person.bio, role: person.role, passwordHash },
            select: { id: true },
          }));
        userIds.set(person.key, user.id);
        if (person.demoAccount && !existing) accounts.push({ email: person.email, name: person.name, role: person.role, password });
      }

      const rubriqueIds = new Map<string, string>();
      for (const [position, rubrique] of demoRubriques.entries()) {
        const row = await tx.rubrique.upsert({
          where: { slug: rubrique.slug },
          update: {},
          create: { ...rubrique, position, shownInMenu: true },
        });
        rubriqueIds.set(rubrique.slug, row.id);
      }

      // The pictures, drawn in SVG and processed as an upload would be, before the stories that show them.
      const images = new Map<string, { imageId: string; imageAlt: string; imageCaption: string; imageCredit: string }>();
      for (const { key, illustration, processed } of pictures) {
        const image = await tx.image.upsert({
          where: { sha256: processed.sha256 },
          update: {},
          create: {
            sha256: processed.sha256,
            width: processed.width,
            height: processed.height,
            variants: {
              create: processed.variants.map((v) => ({
                format: v.format,
                width: v.width,
                height: v.height,
                bytes: new Uint8Array(v.bytes),
              })),
            },
          },
          select: { id: true },
        });
        images.set(key, {
          imageId: image.id,
          imageAlt: illustration.alt,
          imageCaption: illustration.caption,
          imageCredit: illustration.credit,
        });
      }

      // « Réglages du site »: the demo's legal lines and default social image, unless an admin set them first.
      const social = await tx.image.upsert({
        where: { sha256: socialImage.sha256 },
        update: {},
        create: {
          sha256: socialImage.sha256,
          width: socialImage.width,
          height: socialImage.height,
          variants: {
            create: socialImage.variants.map((v) => ({
              format: v.format,
              width: v.width,
              height: v.height,
              bytes: new Uint8Array(v.bytes),
            })),
          },
        },
        select: { id: true },
      });
      await tx.siteSetting.upsert({
        where: { key: 'identity' },
        update: {},
        create: { key: 'identity', value: { socialImageId: social.id, socialImageAlt: DEMO_SOCIAL_ALT, legal: DEMO_LEGAL } },
      });

      const articleIds = new Map<string, string>();
      const usedSlugs = new Set<string>();
      for (const story of demoStories) {
        let slug = slugify(story.title);
        for (let n = 2; usedSlugs.has(slug); n += 1) slug = `${slugify(story.title)}-${n}`;
        usedSlugs.add(slug);
        const published = story.status === 'PUBLISHED';
        const publishedAt = published ? new Date(now.getTime() - story.publishedHoursAgo * HOUR) : null;
        const updates = published ? (story.updates ?? []) : [];
        const lastUpdatedAt = updates.length ? new Date(now.getTime() - Math.min(...updates.map((u) => u.hoursAgo)) * HOUR) : null;
        const authorId = userIds.get(story.author);
        const rubriqueId = rubriqueIds.get(story.rubrique);
        if (!authorId || !rubriqueId) throw new Error(`Démo : auteur ou rubrique inconnus pour ${story.key}`);
        const image = images.get(story.key);
        const article = await tx.article.create({
          data: {
            ...image,
            slug,
            title: story.title,
            chapo: story.chapo,
            body: story.body,
            status: story.status,
            placement: story.placement ?? 'NONE',
            rubriqueId,
            authorId,
            publishedAt,
            lastUpdatedAt,
            createdAt: publishedAt ?? new Date(now.getTime() - 2 * HOUR),
            revisions: {
              create: { version: 1, title: story.title, chapo: story.chapo, body: story.body, slug, rubriqueId, authorId, ...image },
            },
            updates: {
              create: updates.map((update) => ({
                kind: update.kind,
                note: update.note,
                authorId: userIds.get('awa-ndiaye'),
                createdAt: new Date(now.getTime() - update.hoursAgo * HOUR),
              })),
            },
          },
        });
        articleIds.set(story.key, article.id);
      }
      for (const story of demoStories) {
        const links = (story.related ?? []).map((key) => articleIds.get(key)).filter((id): id is string => Boolean(id));
        if (links.length === 0) continue;
        await tx.relatedLink.createMany({
          data: links.map((targetId, position) => ({
            articleId: articleIds.get(story.key) as string,
            targetId,
            position,
            inline: position === 0,
          })),
        });
      }

      // The lives (« En direct »): the story opened as a live, its entries as rows of their own.
      const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * MINUTE);
      for (const live of demoLives) {
        const articleId = articleIds.get(live.story);
        if (!articleId) throw new Error(`Démo : direct sans article (${live.story})`);
        await tx.article.update({
          where: { id: articleId },
          data: {
            liveStartedAt: minutesAgo(live.startedMinutesAgo),
            liveEndedAt: live.endedMinutesAgo === undefined ? null : minutesAgo(live.endedMinutesAgo),
          },
        });
        await tx.liveEntry.createMany({
          data: live.entries.map((entry) => {
            const authorId = userIds.get(entry.author);
            const withdrawnById = entry.withdrawn ? userIds.get(entry.withdrawn.by) : undefined;
            if (!authorId || (entry.withdrawn && !withdrawnById)) throw new Error(`Démo : auteur inconnu dans le direct ${live.story}`);
            return {
              articleId,
              authorId,
              body: entry.body,
              keyPoint: entry.keyPoint ?? false,
              pinnedAt: entry.pinned ? minutesAgo(entry.minutesAgo - 1) : null,
              createdAt: minutesAgo(entry.minutesAgo),
              editedAt: entry.editedMinutesAgo === undefined ? null : minutesAgo(entry.editedMinutesAgo),
              withdrawnAt: entry.withdrawn ? minutesAgo(entry.withdrawn.minutesAgo) : null,
              withdrawnById: withdrawnById ?? null,
              duplicate: false,
            };
          }),
        });
      }

      // « Les plus lus »: a morning's reads of a few stories (not lives), so that the box is not empty
      // on a fresh demo; real reads add to them (lib/server/read-counter.ts). Hours truncated, UTC.
      const hourOf = (hoursAgo: number) => new Date(Math.floor((now.getTime() - hoursAgo * HOUR) / HOUR) * HOUR);
      const liveKeys = new Set(demoLives.map((live) => live.story));
      // Spread over the demo's files (one rubrique after another): every fifth story, eight of them.
      const read = demoStories
        .filter((story) => story.status === 'PUBLISHED' && !liveKeys.has(story.key))
        .filter((_, index) => index % 5 === 0)
        .slice(0, 8);
      await tx.articleRead.createMany({
        data: read.flatMap((story, rank) =>
          [0, 1, 2].map((hoursAgo) => ({
            articleId: articleIds.get(story.key) as string,
            hour: hourOf(hoursAgo),
            count: Math.max(1, 14 - rank * 2 - hoursAgo * 3),
          })),
        ),
      });

      // Last, still inside the transaction: if the passwords cannot be kept, nothing is committed.
      await options.record?.(accounts);
      return true;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  if (!seeded) return { seeded: false, accounts: [] };

  // Fresh statistics at once (autovacuum waits for more rows than a demo has): the search's plans
  // depend on them.
  await prisma.$executeRaw`ANALYZE "Article"`;
  return { seeded: true, accounts };
}
