-- The demo's H2 has no expression index: a unit's name is unique among the units of its parent; two top-level units
-- with one name are refused by OrgService (V19, docs/adr/0013).
create unique index org_unit_name_in_parent on org_unit (parent_id, name);
