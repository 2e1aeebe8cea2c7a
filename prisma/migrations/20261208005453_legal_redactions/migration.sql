-- CreateTable
CREATE TABLE "LegalRedaction" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "passage" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalRedaction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LegalRedaction_articleId_idx" ON "LegalRedaction"("articleId");

-- AddForeignKey
ALTER TABLE "LegalRedaction" ADD CONSTRAINT "LegalRedaction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalRedaction" ADD CONSTRAINT "LegalRedaction_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
