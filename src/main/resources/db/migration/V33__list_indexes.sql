-- Indexes for the office's paged lists (issue 16, docs/adr/0019): the ledger newest first or by date, the roster by
-- name, campaigns by period. Plain column indexes, so that the same file runs on PostgreSQL and on H2 (the demo).
create index ledger_occurred on ledger_entry (occurred_on, id);
create index ledger_recorded_at on ledger_entry (recorded_at, id);
create index cadre_name on cadre (name, id);
create index campaign_period on campaign (period_start, id);
