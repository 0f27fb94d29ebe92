-- Hand-written: the issue and recorded-vote tables (20261205061725_issues_and_recorded_votes) notify the website's
-- page cache like every other content table (see *_content_change_notifications): an issue page, a meeting's
-- votes or a councillor's voting record refresh when these rows change.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Issue', 'RecordedVote', 'RecordedVoteCast']
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
