-- CreateTable
CREATE TABLE "WorkingCopy" (
    "userId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "fields" JSONB NOT NULL,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkingCopy_pkey" PRIMARY KEY ("userId","articleId")
);

-- CreateIndex
CREATE INDEX "WorkingCopy_articleId_idx" ON "WorkingCopy"("articleId");

-- AddForeignKey
ALTER TABLE "WorkingCopy" ADD CONSTRAINT "WorkingCopy_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingCopy" ADD CONSTRAINT "WorkingCopy_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
