-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "tables" JSONB;
