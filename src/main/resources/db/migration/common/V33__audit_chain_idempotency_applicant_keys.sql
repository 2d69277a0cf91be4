-- Portable across H2 (embedded run) and MySQL 8.4 / MariaDB. Issue #14: a tamper-evident audit trail, idempotent
-- POSTs, and look-ups by a keyed hash instead of the identity number.

-- Each agency's audit entries form one hash chain: position, the previous entry's hash and the entry's own
-- (AuditChain). Entries written before this migration are chained by V34, in the order of their ids.
alter table audit_entry add column chain_seq bigint;
alter table audit_entry add column previous_hash char(64);
alter table audit_entry add column entry_hash char(64);
create unique index ux_audit_chain on audit_entry (agency_code, chain_seq);

-- The chain head of each agency: locked (SELECT ... FOR UPDATE) by every append, so appends of one agency from any
-- node go one at a time and never fork the chain; verification compares it with the chain's last entry.
create table audit_chain_head (
    agency_code   varchar(32) not null primary key,
    last_seq      bigint      not null,
    last_hash     char(64)    not null,
    last_entry_id bigint
);

-- Idempotency-Key (shared.IdempotencyFilter): the first response to a POST with a key, per user and key, kept until
-- it expires. The request is kept only as a keyed hash; the response body is encrypted (it may hold personal data).
create table shared_idempotency_key (
    username              varchar(64)   not null,
    idempotency_key       varchar(200)  not null,
    request_hash          char(64)      not null,
    state                 varchar(16)   not null,
    response_status       int,
    response_location     varchar(2000),
    response_content_type varchar(200),
    response_body         longblob,
    created_at            timestamp(3)  not null,
    expires_at            timestamp(3)  not null,
    primary key (username, idempotency_key)
);
create index ix_idempotency_expiry on shared_idempotency_key (expires_at);

-- The applicant key (HMAC-SHA256 of the identity number under ogi.crypto.lookup-key) replaces the identity number in
-- every look-up: an applicant's applications, repeats, duplicates. The identity number itself is now stored
-- encrypted (V35 widens the columns), so its index goes. V36 computes the key of every application logged before,
-- turns the identity numbers in fees_notice and fees_applicant_month (applicant_id_number) into applicant keys and
-- replaces reporting_case.applicant_key, an unsalted SHA-256 that anyone can reverse by hashing every possible
-- number; the re-encryption job encrypts the older applications' personal data at start-up.
alter table intake_application add column applicant_key char(64);
create index ix_application_applicant_key on intake_application (agency_code, applicant_key, receipt_date);
drop index ix_application_applicant on intake_application;
