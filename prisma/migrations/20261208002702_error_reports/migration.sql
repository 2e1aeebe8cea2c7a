-- CreateEnum
CREATE TYPE "ErrorReportState" AS ENUM ('NEW', 'IN_PROGRESS', 'CORRECTED', 'REJECTED');

-- CreateTable
CREATE TABLE "ErrorReport" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "passage" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "addressHash" TEXT NOT NULL,
    "state" "ErrorReportState" NOT NULL DEFAULT 'NEW',
    "rejectReason" TEXT NOT NULL DEFAULT '',
    "updateId" TEXT,
    "handledById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ErrorReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ErrorReport_state_createdAt_idx" ON "ErrorReport"("state", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ErrorReport_articleId_createdAt_idx" ON "ErrorReport"("articleId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ErrorReport_addressHash_createdAt_idx" ON "ErrorReport"("addressHash", "createdAt");

-- AddForeignKey
ALTER TABLE "ErrorReport" ADD CONSTRAINT "ErrorReport_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErrorReport" ADD CONSTRAINT "ErrorReport_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ArticleUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErrorReport" ADD CONSTRAINT "ErrorReport_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
