-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "isExternal" BOOLEAN NOT NULL DEFAULT false;
