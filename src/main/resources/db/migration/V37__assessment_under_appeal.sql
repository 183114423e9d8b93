-- The campaign keeps its own mark of the assessments under appeal (issue 17: the campaign no longer asks the appeal
-- module through a lazy port; the appeal module tells the campaign when an appeal opens and closes).
alter table assessment add column under_appeal boolean not null default false;

update assessment set under_appeal = true
where id in (select assessment_id from appeal where status <> 'CLOSED');

create index assessment_campaign_under_appeal on assessment (campaign_id, under_appeal);
