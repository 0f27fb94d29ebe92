-- CreateEnum
CREATE TYPE "DocumentChangeKind" AS ENUM ('added', 'revised', 'withdrawn');

-- CreateTable
CREATE TABLE "PlanningApplication" (
    "id" SERIAL NOT NULL,
    "councilId" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "agendaItemId" INTEGER,
    "address" TEXT NOT NULL,
    "ward" TEXT,
    "proposal" TEXT,
    "officers" TEXT,
    "decision" TEXT,
    "vote" TEXT,
    "againstOfficers" BOOLEAN NOT NULL DEFAULT false,
    "detail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanningApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentChange" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "kind" "DocumentChangeKind" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "detectedAt" TIMESTAMPTZ(3) NOT NULL,
    "title" TEXT NOT NULL,
    "pages" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "diff" JSONB,

    CONSTRAINT "DocumentChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanningApplication_meetingId_idx" ON "PlanningApplication"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanningApplication_councilId_reference_key" ON "PlanningApplication"("councilId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "PlanningApplication_councilId_slug_key" ON "PlanningApplication"("councilId", "slug");

-- CreateIndex
CREATE INDEX "DocumentChange_meetingId_at_idx" ON "DocumentChange"("meetingId", "at");

-- CreateIndex
CREATE INDEX "DocumentChange_documentId_idx" ON "DocumentChange"("documentId");

-- AddForeignKey
ALTER TABLE "PlanningApplication" ADD CONSTRAINT "PlanningApplication_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningApplication" ADD CONSTRAINT "PlanningApplication_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningApplication" ADD CONSTRAINT "PlanningApplication_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentChange" ADD CONSTRAINT "DocumentChange_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentChange" ADD CONSTRAINT "DocumentChange_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the new content tables notify the website's page cache like the others
-- (see *_content_change_notifications).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['PlanningApplication', 'DocumentChange']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION "notify_site_content_changed"()',
                   t || '_content_inserted_or_deleted', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "notify_site_content_changed"()',
                   t || '_content_updated', t);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "notify_site_content_changed"()',
                   t || '_content_truncated', t);
  END LOOP;
END;
$$;
