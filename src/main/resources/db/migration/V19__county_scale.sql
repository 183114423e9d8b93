-- County scale (docs/adr/0013): a county has a 党政综合办 in every township, so a unit's name is unique only among
-- the units of its parent (top-level units among themselves). The roster names units by code, unique name or
-- 「上级单位/单位名称」.
alter table org_unit drop constraint org_unit_name_unique;
-- the unique index itself is per database: db/vendor/{postgresql,h2}/V19_1__unit_name_in_parent.sql
create index org_unit_name on org_unit (name);

-- The first pages of a 10,000-cadre campaign's lists, sorted on the server: by rank, total, id.
create index assessment_campaign_rank on assessment (campaign_id, rank_no, id);
create index assessment_campaign_total on assessment (campaign_id, total desc, id);
create index assessment_campaign_status on assessment (campaign_id, status, id);
