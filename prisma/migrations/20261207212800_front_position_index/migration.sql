-- « La une »: the few stories an editor arranged, in their order, without walking every story placed
-- « À la une » (lib/data/get-homepage.ts). Prisma's schema cannot express a partial index.
CREATE INDEX "Article_frontPosition_arranged_idx" ON "Article"("frontPosition") WHERE "frontPosition" IS NOT NULL;
