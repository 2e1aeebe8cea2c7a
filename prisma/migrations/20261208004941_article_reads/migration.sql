-- CreateTable
CREATE TABLE "ArticleRead" (
    "articleId" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ArticleRead_pkey" PRIMARY KEY ("articleId","hour")
);

-- CreateIndex
CREATE INDEX "ArticleRead_hour_idx" ON "ArticleRead"("hour");

-- AddForeignKey
ALTER TABLE "ArticleRead" ADD CONSTRAINT "ArticleRead_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
