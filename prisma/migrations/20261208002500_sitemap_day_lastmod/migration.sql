-- The sitemap index gives each day file a <lastmod>: the newest of its stories' publication and
-- « mise à jour » times (lib/data/find-sitemap-entries.ts `findSitemapDays`). The publication side is
-- one probe per day in the lists' index; this partial index holds only the stories online that have
-- a public update, so the update side reads those few, never every story of every day.
-- (A partial index: Prisma's schema cannot express it.)
CREATE INDEX "Article_updated_published_day_idx" ON "Article"("publishedAt", "lastUpdatedAt")
  WHERE "lastUpdatedAt" IS NOT NULL AND "status" = 'PUBLISHED';
