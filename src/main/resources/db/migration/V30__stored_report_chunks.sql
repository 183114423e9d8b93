-- A stored report's file in pieces of at most 1 MiB (issue 19): written from a stream as the file is read, read
-- back piece by piece while a download is sent, so neither side holds a whole 100,000-row PDF in memory. The pieces
-- are rows of the same database as the report (PostgreSQL and H2 alike), inserted in the transaction that inserts
-- the report: a report is stored with all its bytes or not at all.
create table stored_report_chunk (
    report_id  bigint  not null references stored_report (id),
    seq        integer not null,
    data       bytea   not null,
    primary key (report_id, seq)
);

insert into stored_report_chunk (report_id, seq, data) select id, 0, content from stored_report;

alter table stored_report drop column content;
