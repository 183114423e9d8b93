-- The audit chain is sealed with a key that is not in the database (HMAC-SHA256, docs/adr/0009) and linked by a
-- sealer after commit instead of inside every audited transaction.
--   seq          position in the chain, assigned by the sealer; null until sealed; negative for legacy rows
--   content_mac  HMAC of the record's content and id, written with the record (inside the business transaction)
--   prev_hash, hash   the link (HMAC of seq, previous link and content_mac), written by the sealer
alter table audit_record add column seq bigint;
alter table audit_record add column content_mac varchar(64);
alter table audit_record alter column prev_hash drop not null;
alter table audit_record alter column hash drop not null;

-- Rows written before the key existed keep their unkeyed SHA-256 chain and are verified as legacy, in id order.
-- They get negative positions in id order; the first keyed record links to the last legacy hash, which
-- the head row holds (last_hash), so from then on the legacy part is pinned by a keyed seal.
update audit_record set seq = id - (select max(id) from audit_record) - 1;
create unique index audit_record_seq on audit_record (seq);

-- The head is now the sealer's own row (business transactions never touch it):
--   last_seq  the last keyed position sealed (0: none yet)
--   head_mac  HMAC of (last_seq, last_hash): moving the head without the key is found
--   key_id    fingerprint of the key that sealed this chain (a wrong key is "cannot check", not "broken")
alter table audit_chain_head add column last_seq bigint default 0 not null;
alter table audit_chain_head add column head_mac varchar(64);
alter table audit_chain_head add column key_id varchar(32);
