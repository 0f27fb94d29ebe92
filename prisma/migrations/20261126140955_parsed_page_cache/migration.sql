-- AlterTable
ALTER TABLE "FetchedPage" ADD COLUMN     "parsed" JSONB,
ADD COLUMN     "parsedBy" TEXT;
