-- A unit's name is unique among the units of its parent; top-level units among themselves (V19, docs/adr/0013).
create unique index org_unit_name_in_parent on org_unit (coalesce(parent_id, 0), name);
