-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "liveEditAt" TIMESTAMP(3),
ADD COLUMN     "liveEditById" TEXT,
ADD COLUMN     "liveEditFromVersion" INTEGER;

-- CreateIndex
CREATE INDEX "Article_liveEditAt_idx" ON "Article"("liveEditAt" DESC);

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_liveEditById_fkey" FOREIGN KEY ("liveEditById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
