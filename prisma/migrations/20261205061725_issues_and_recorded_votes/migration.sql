-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "issueId" INTEGER;

-- CreateTable
CREATE TABLE "Issue" (
    "id" SERIAL NOT NULL,
    "councilId" INTEGER NOT NULL,
    "externalId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT,
    "decisionType" TEXT,
    "isKey" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT,
    "decisionMaker" TEXT,
    "decisionDueText" TEXT,
    "decisionDue" DATE,
    "leadMember" TEXT,
    "wards" TEXT,
    "firstPublished" DATE,
    "planId" INTEGER,
    "officialUrl" TEXT NOT NULL,
    "meetings" JSONB NOT NULL DEFAULT '[]',
    "fetchedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Issue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordedVote" (
    "id" SERIAL NOT NULL,
    "agendaItemId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "result" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecordedVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordedVoteCast" (
    "id" SERIAL NOT NULL,
    "voteId" INTEGER NOT NULL,
    "personId" INTEGER,
    "name" TEXT NOT NULL,
    "choice" TEXT NOT NULL,

    CONSTRAINT "RecordedVoteCast_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Issue_councilId_decisionDue_idx" ON "Issue"("councilId", "decisionDue");

-- CreateIndex
CREATE UNIQUE INDEX "Issue_councilId_externalId_key" ON "Issue"("councilId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "RecordedVote_agendaItemId_position_key" ON "RecordedVote"("agendaItemId", "position");

-- CreateIndex
CREATE INDEX "RecordedVoteCast_personId_idx" ON "RecordedVoteCast"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "RecordedVoteCast_voteId_name_key" ON "RecordedVoteCast"("voteId", "name");

-- CreateIndex
CREATE INDEX "AgendaItem_issueId_idx" ON "AgendaItem"("issueId");

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordedVote" ADD CONSTRAINT "RecordedVote_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordedVoteCast" ADD CONSTRAINT "RecordedVoteCast_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "RecordedVote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordedVoteCast" ADD CONSTRAINT "RecordedVoteCast_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
