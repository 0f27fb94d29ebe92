-- AlterTable
ALTER TABLE "ScrapeError" ADD COLUMN     "scope" TEXT NOT NULL DEFAULT 'required';
