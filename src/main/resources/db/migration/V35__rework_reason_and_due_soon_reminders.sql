-- Issue 16: the committee's reason and the due date of a campaign sent back (退回整改), shown on the rework task;
-- and the "due soon" reminders already sent for a task (one per task and due date, never twice).
alter table campaign add column rework_reason varchar(2000);
alter table campaign add column rework_due timestamp with time zone;

create table task_due_reminder (
    task_id    varchar(64)              not null,
    due_at     timestamp with time zone not null,
    recipient  varchar(100)             not null,
    sent_at    timestamp with time zone not null,
    primary key (task_id, due_at)
);
