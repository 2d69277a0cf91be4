-- Issue #12: the applicant portal. Each application submitted online has a query code (查询码), kept only as a hash,
-- and the e-mail the applicant gave for notices; a solved proof-of-work challenge is used once.
create table portal_access (
    case_number      varchar(64)  not null primary key,
    agency_code      varchar(32)  not null,
    query_code_hash  varchar(100) not null,
    created_at       timestamp(3) not null
);
create index ix_portal_access_agency on portal_access (agency_code, case_number);

create table portal_used_challenge (
    signature   varchar(128) not null primary key,
    used_at     timestamp(3) not null
);
create index ix_portal_used_challenge_at on portal_used_challenge (used_at);

create table portal_mail (
    id           bigint auto_increment primary key,
    agency_code  varchar(32)  not null,
    case_number  varchar(64)  not null,
    kind         varchar(32)  not null,
    sent_at      timestamp(3),
    failure      varchar(500),
    recorded_at  timestamp(3) not null
);
create index ix_portal_mail_case on portal_mail (agency_code, case_number, id);
