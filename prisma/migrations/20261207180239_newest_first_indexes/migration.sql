-- Every list of stories reads newest first, ties broken by id, both descending (ORDER BY "publishedAt"
-- DESC, id DESC): the indexes now hold that very order, so a list or a search walk reads the index
-- in order instead of sorting each group of equal dates again (an Incremental Sort in the plans).

-- DropIndex
DROP INDEX "Article_status_publishedAt_id_idx";

-- DropIndex
DROP INDEX "Article_rubriqueId_status_publishedAt_id_idx";

-- DropIndex
DROP INDEX "Article_authorId_status_publishedAt_id_idx";

-- DropIndex
DROP INDEX "Article_placement_status_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Article_status_publishedAt_id_idx" ON "Article"("status", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_rubriqueId_status_publishedAt_id_idx" ON "Article"("rubriqueId", "status", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_authorId_status_publishedAt_id_idx" ON "Article"("authorId", "status", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_placement_status_publishedAt_id_idx" ON "Article"("placement", "status", "publishedAt" DESC, "id" DESC);
