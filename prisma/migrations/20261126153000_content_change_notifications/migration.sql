-- Hand-written: Prisma has no syntax for triggers, so `npm run db:migration` cannot generate these.
-- Every committed change to what the website shows sends a notification on the channel "site_content_changed"
-- (payload: the table's name). The website's page cache (lib/web/isr-cache-handler.mjs) listens, and treats
-- pages rendered before the change as stale, so new data shows within seconds while unchanged pages are not
-- re-rendered on a timer. PostgreSQL delivers notifications only when the transaction commits, and delivers a
-- transaction's identical notifications once, so a scrape that writes a thousand rows in one transaction sends one
-- notification per table. Updates that change nothing (OLD = NEW) send nothing. Subscribers, deliveries, rate
-- limits, scrape bookkeeping and job runs are not content and have no trigger.

CREATE FUNCTION "notify_site_content_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('site_content_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Council', 'Committee', 'CommitteeMembership', 'Meeting', 'AgendaItem', 'Document',
                           'Person', 'Attendance', 'Summary', 'Topic', 'MeetingTopic', 'AgendaItemTopic', 'DigestIssue']
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
