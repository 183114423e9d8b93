-- Holiday arrangements loaded by the assessment office (绩考办): years after the built-in ones
-- (classpath calendar/cn-holidays.yaml), or a correction that supersedes a built-in year. One row per
-- year holding the document as submitted; every load is audited (audit_record, before/after).
-- `version` is the optimistic-lock counter. `revision` takes a new value of the sequence on every write,
-- so (count(*), max(revision)) changes on every insert, update or delete: the cheap fingerprint each
-- node checks to rebuild its cached calendar, so that all nodes answer from the same database state.
create sequence holiday_arrangement_revision;
create table holiday_arrangement (
    arrangement_year integer primary key,
    notice           varchar(200),
    document         varchar         not null,
    document_format  varchar(10)  not null,
    loaded_by        varchar(100) not null,
    loaded_at        timestamp with time zone not null,
    revision         bigint       not null,
    version          bigint       not null
);
