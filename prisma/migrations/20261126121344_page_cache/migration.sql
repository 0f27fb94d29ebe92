-- CreateTable
CREATE TABLE "FetchedPage" (
    "id" SERIAL NOT NULL,
    "councilId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "sha256" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "fetchedAt" TIMESTAMPTZ(3) NOT NULL,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FetchedPage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FetchedPage_councilId_url_key" ON "FetchedPage"("councilId", "url");

-- AddForeignKey
ALTER TABLE "FetchedPage" ADD CONSTRAINT "FetchedPage_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;
