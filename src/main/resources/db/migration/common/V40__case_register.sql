-- The case register (台账, issue #11): one row per case of the agency, kept by the casework module on every case
-- change, indexed for the searches of the register page and the worklist's columns. It holds no applicant's
-- personal data in clear: name, identity number and phone are searchable through hashed tokens only.
create table casework_register (
    agency_code    varchar(32)  not null,
    case_number    varchar(64)  not null,
    -- the case number without the agency prefix ("2026-000123"), for a prefix search on the year and serial
    case_tail      varchar(64)  not null,
    -- the case number reversed, so that a search for its last digits is a prefix search on an index
    case_reversed  varchar(64)  not null,
    receipt_date   date         not null,
    channel        varchar(16),
    applicant_type varchar(32),
    subject        varchar(200),
    status         varchar(32)  not null,
    outcome        varchar(32),
    handler        varchar(64),
    reply_due_date date,
    updated_at     timestamp(3) not null,
    primary key (agency_code, case_number)
);
create index ix_register_receipt on casework_register (agency_code, receipt_date, case_number);
create index ix_register_tail on casework_register (agency_code, case_tail);
create index ix_register_reversed on casework_register (agency_code, case_reversed);
create index ix_register_status on casework_register (agency_code, status, receipt_date, case_number);
create index ix_register_outcome on casework_register (agency_code, outcome, receipt_date, case_number);
create index ix_register_handler on casework_register (agency_code, handler, receipt_date, case_number);

-- Search tokens: a keyed hash (never the value) of the applicant's name pieces (every run of up to 8 characters),
-- identity number and phone, so that "张三", "三" or an ID number find their cases through the primary key.
create table casework_register_token (
    agency_code varchar(32) not null,
    kind        varchar(8)  not null,
    token       char(32)    not null,
    case_number varchar(64) not null,
    primary key (agency_code, kind, token, case_number)
);
