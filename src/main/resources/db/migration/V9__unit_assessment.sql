-- Schemes that assess units (科室, seed 002; 区直部门 and 镇乡街道, seed 004): one assessment per unit, whose head
-- (主要负责人) gives the self-report (述职). cadre_id then holds the head; subject_unit_id the unit assessed.
alter table assessment add column subject_unit_id bigint references org_unit (id);
