-- AlterTable
ALTER TABLE "Rubrique" ADD COLUMN     "shownInMenu" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "frontPosition" INTEGER,
ADD COLUMN     "pinnedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RubriqueSlug" (
    "slug" TEXT NOT NULL,
    "rubriqueId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RubriqueSlug_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "EditingPresence" (
    "userId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "typingSince" TIMESTAMP(3),

    CONSTRAINT "EditingPresence_pkey" PRIMARY KEY ("userId","articleId")
);

-- CreateTable
CREATE TABLE "ArticleComment" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrontPageRevision" (
    "version" INTEGER NOT NULL,
    "slots" JSONB NOT NULL,
    "cause" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrontPageRevision_pkey" PRIMARY KEY ("version")
);

-- CreateIndex
CREATE INDEX "RubriqueSlug_rubriqueId_idx" ON "RubriqueSlug"("rubriqueId");

-- CreateIndex
CREATE INDEX "EditingPresence_articleId_seenAt_idx" ON "EditingPresence"("articleId", "seenAt");

-- CreateIndex
CREATE INDEX "ArticleComment_articleId_createdAt_idx" ON "ArticleComment"("articleId", "createdAt");

-- AddForeignKey
ALTER TABLE "RubriqueSlug" ADD CONSTRAINT "RubriqueSlug_rubriqueId_fkey" FOREIGN KEY ("rubriqueId") REFERENCES "Rubrique"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditingPresence" ADD CONSTRAINT "EditingPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditingPresence" ADD CONSTRAINT "EditingPresence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleComment" ADD CONSTRAINT "ArticleComment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleComment" ADD CONSTRAINT "ArticleComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrontPageRevision" ADD CONSTRAINT "FrontPageRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every rubrique that existed is in the menu today: it stays there.
UPDATE "Rubrique" SET "shownInMenu" = true;
