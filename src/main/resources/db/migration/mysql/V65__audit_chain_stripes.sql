-- Issue #13: each agency's audit trail is kept as several hash chains ("stripes") instead of one. A case's entries all
-- go to one stripe, chosen from its case number (AuditChain.stripe), so a case's history is still one ordered chain;
-- appends of different cases lock different chain heads and no longer queue behind one row per agency, which held
-- two thirds of the timer executor's database time when 10k reply deadlines fell due at once on three nodes.
-- The entries written before this migration stay where they are: they are stripe 0 of their agency, unchanged.
-- MySQL 8.4 / MariaDB; db/migration/h2 has the same for H2. The primary key is replaced in one statement: a server
-- with sql_require_primary_key refuses a table left without one in between.
alter table audit_entry add column chain_stripe smallint default 0 not null;
drop index ux_audit_chain on audit_entry;
create unique index ux_audit_chain on audit_entry (agency_code, chain_stripe, chain_seq);
alter table audit_chain_head add column stripe smallint default 0 not null;
alter table audit_chain_head drop primary key, add primary key (agency_code, stripe);
