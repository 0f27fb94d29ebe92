-- CreateTable
CREATE TABLE "SearchWord" (
    "councilId" INTEGER NOT NULL,
    "word" TEXT NOT NULL,
    "meetings" INTEGER NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("councilId","word")
);

-- AddForeignKey
ALTER TABLE "SearchWord" ADD CONSTRAINT "SearchWord_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (Prisma has no syntax for extensions' operator classes, so `npm run db:migration` cannot generate
-- these): trigram matching for "Did you mean …?" (lib/search/search-words.ts, docs/site.md#spelling-suggestions). pg_trgm is a
-- trusted extension, so the database owner may create it; the embedded PostgreSQL ships it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- A GIN trigram index, so that `word % $1` (similarity above pg_trgm.similarity_threshold) reads the index
-- rather than every word of every council.
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING gin ("word" gin_trgm_ops);
