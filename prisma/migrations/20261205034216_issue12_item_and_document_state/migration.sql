-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "minutesIncomplete" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "withdrawnAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "notPdfPageHash" TEXT,
ADD COLUMN     "previousVersions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "withdrawnAt" TIMESTAMPTZ(3);
