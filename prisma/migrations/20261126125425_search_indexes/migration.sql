-- Hand-written: Prisma has no syntax for expression indexes, so `npm run db:migration` cannot generate these.
-- They are full-text (GIN) indexes over to_tsvector expressions rather than stored tsvector columns, so that
-- schema.prisma still describes every column of the database. Each expression must match, character for
-- character, the one lib/search/search-vectors.ts puts in queries, or PostgreSQL will not use the index
-- (tests/unit/search/search-vectors.test.ts checks this file against that module).
--
-- Weights: titles A, summaries B, agenda item text C, document text D. Long texts are cut at 250,000 characters
-- (about 80 pages) because to_tsvector fails on more than 1 MB of distinct words, and an index expression that
-- fails would make the scraper's insert of that document fail.

-- Meetings: the title as the council writes it.
CREATE INDEX "Meeting_title_search_idx" ON "Meeting" USING gin ((to_tsvector('english', coalesce("title", ''))));

-- Summaries: the whole summary as plain text.
CREATE INDEX "Summary_search_idx" ON "Summary" USING gin ((to_tsvector('english', left(coalesce("plainText", ''), 250000))));

-- Agenda items: the title alone (to tell title hits apart), and title plus description, minutes and decision.
CREATE INDEX "AgendaItem_title_search_idx" ON "AgendaItem" USING gin ((to_tsvector('english', coalesce("title", ''))));
CREATE INDEX "AgendaItem_search_idx" ON "AgendaItem" USING gin ((setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', left(coalesce("description", '') || ' ' || coalesce("minutesText", '') || ' ' || coalesce("decisionText", ''), 250000)), 'C')));

-- Documents: the title alone, and title plus extracted text.
CREATE INDEX "Document_title_search_idx" ON "Document" USING gin ((to_tsvector('english', coalesce("title", ''))));
CREATE INDEX "Document_search_idx" ON "Document" USING gin ((setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', left(coalesce("text", ''), 250000)), 'D')));
