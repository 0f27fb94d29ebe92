-- DropIndex
DROP INDEX "RecordedVote_agendaItemId_position_key";

-- AlterTable
ALTER TABLE "RecordedVote" ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'page';

-- CreateIndex
CREATE UNIQUE INDEX "RecordedVote_agendaItemId_source_position_key" ON "RecordedVote"("agendaItemId", "source", "position");
