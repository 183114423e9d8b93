-- Seed 000 三(一) 联村工作 (issue 13, docs/adr/0017 addendum): the village (community) an office liaises with
-- (所在办联系的村). A cadre who moved mid-year and is not resident in a village takes that village's grade
-- ("中途涉及到的人员异动，如未安排驻村，则按照所在办联系的村确定分值"). Null = not set. Portable SQL (PostgreSQL, H2).
alter table org_unit add column liaison_village_id bigint references org_unit (id);
