-- CreateIndex
CREATE INDEX "ArticleUpdate_createdAt_id_idx" ON "ArticleUpdate"("createdAt" DESC, "id" DESC);
