-- Results people can trust (issue 14, docs/adr/0011).

-- 测评 votes from online rating sheets are kept only as per-subject tallies: a sum and a count per campaign, subject,
-- rater group and part. No row per vote, no id, no timestamp: nothing in the database can group votes back into
-- sheets. Who is to submit a sheet and whether they have (never what, never when) is kept in rating_sheet_submission,
-- which also stops a second sheet.
create table rating_tally (
    campaign_id bigint         not null references campaign (id),
    cadre_id    bigint         not null references cadre (id),
    rater_group varchar(60)    not null,
    part        varchar(60)    not null,
    score_sum   numeric(16, 4) not null,
    vote_count  integer        not null,
    primary key (campaign_id, cadre_id, rater_group, part)
);

create table rating_sheet_submission (
    campaign_id bigint       not null references campaign (id),
    rater       varchar(100) not null,
    submitted   boolean      not null default false,
    primary key (campaign_id, rater)
);
insert into rating_sheet_submission (campaign_id, rater, submitted)
select distinct cast(entity_id as bigint), actor, true
from audit_record
where action = 'RATING_SHEET_SUBMITTED' and entity_type = 'Campaign';

-- votes stored one per row by earlier versions become tallies; the rows go
insert into rating_tally (campaign_id, cadre_id, rater_group, part, score_sum, vote_count)
select campaign_id, cadre_id, rater_group, part, sum(score), count(*)
from group_rating
where entered_by = 'rating-sheet' and score is not null
group by campaign_id, cadre_id, rater_group, part;
delete from group_rating where entered_by = 'rating-sheet';

-- an adjustment can be withdrawn with a reason (audited); the row stays, the result no longer counts it
alter table result_adjustment add column withdrawn_at timestamp with time zone;
alter table result_adjustment add column withdrawn_by varchar(100);
alter table result_adjustment add column withdrawn_reason varchar;

-- one open appeal per assessment, also under a double submit
-- (open_slot is 1 while the appeal is open and null once closed; nulls never collide in a unique index — a partial
-- index would do the same on PostgreSQL, but the demo's H2 has none)
alter table appeal add column open_slot smallint;
update appeal set open_slot = 1 where status <> 'CLOSED';
create unique index appeal_one_open on appeal (assessment_id, open_slot);

-- seed 001 篇三 六 (考核结果只有被考核者本人、考核小组成员了解): a scheme can keep results off the public notice
alter table scheme_version add column public_notice boolean not null default true;
