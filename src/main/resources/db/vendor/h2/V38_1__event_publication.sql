-- Spring Modulith 1.4.4's event publication table, from its schema-h2.sql (schema initialization is off: Flyway
-- owns it). ADR 0024.
create table if not exists event_publication
(
  id               uuid not null,
  completion_date  timestamp(9) with time zone,
  event_type       varchar(512) not null,
  listener_id      varchar(512) not null,
  publication_date timestamp(9) with time zone not null,
  serialized_event varchar(4000) not null,
  primary key (id)
);
create index if not exists event_publication_by_listener_id_and_serialized_event_idx on event_publication (listener_id, serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

-- Report jobs left by the old outbox (V13) become publications of their event to the report listener, with a claim that
-- keeps their attempts and creation time (a retried job still skips the reports stored since), then the outbox goes.
alter table report_job add column event_id uuid;
update report_job set event_id = random_uuid();
insert into report_claim (event_id, campaign_id, trigger_kind, created_at, attempts)
select event_id, campaign_id, trigger_kind, created_at, attempts from report_job;
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
select random_uuid(),
       'report-generation',
       case trigger_kind
           when 'RANKED' then 'cn.kaohe.campaign.CampaignEvent$Ranked'
           when 'NOTICE_OPENED' then 'cn.kaohe.campaign.CampaignEvent$NoticeOpened'
           when 'FINALISED' then 'cn.kaohe.campaign.CampaignEvent$Finalised'
           else 'cn.kaohe.campaign.CampaignEvent$ResultsChanged'
       end,
       case trigger_kind
           when 'RESULTS_CHANGED'
               then '{"campaignId":' || cast(campaign_id as varchar(20)) || ',"appealId":0,"eventId":"' || cast(event_id as varchar(36)) || '"}'
           else '{"campaignId":' || cast(campaign_id as varchar(20)) || ',"eventId":"' || cast(event_id as varchar(36)) || '"}'
       end,
       created_at
from report_job;
drop table report_job;
