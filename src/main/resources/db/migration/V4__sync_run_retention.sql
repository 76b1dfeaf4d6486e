-- The nightly journal retention (RunRetention) picks runs by age: those that found nothing after a
-- week, every other one after the history TTL.
create index ix_sync_run_started on sync_run (started_at);
