-- Report generation on Spring Modulith's event publication registry (ADR 0024). The registry (event_publication,
-- V38_1) keeps each campaign event until the report module has stored the step's reports; this table is the report
-- module's claim on one event's work, keyed by the event's id: a fenced lease (claimed_until, renewed while a node
-- runs it, its value the holder's token), the attempts, and done_at once every report of the step is stored. A second
-- submission of the same event (a restart, another node's resubmission) finds it claimed or done and renders nothing.
create table report_claim (
    event_id       uuid         not null primary key,
    campaign_id    bigint       not null references campaign (id),
    trigger_kind   varchar(20)  not null,
    created_at     timestamp with time zone not null,
    attempts       integer      not null default 0,
    claimed_until  timestamp with time zone,
    done_at        timestamp with time zone
);
create index report_claim_campaign on report_claim (campaign_id);
create index report_claim_done on report_claim (done_at);
