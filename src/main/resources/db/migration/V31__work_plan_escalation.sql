-- A work-plan review left undecided past its due date is escalated once to the office (issue 18, ADR 0018 addendum).
alter table work_plan add column review_escalated boolean not null default false;
