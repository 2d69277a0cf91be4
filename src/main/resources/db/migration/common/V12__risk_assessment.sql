-- Litigation risk read model: one row per case with its current level and score, refreshed after every case event
-- and by the daily reconciliation, so "cases by risk" is one indexed range read per agency.
create table risk_assessment (
    agency_code   varchar(32)  not null,
    case_number   varchar(64)  not null,
    case_status   varchar(32),
    risk_level    varchar(8)   not null,
    level_rank    int          not null,
    score         int          not null,
    in_scope      boolean      not null,
    reply_due     date,
    remedy_until  date,
    assessed_at   timestamp(3) not null,
    primary key (agency_code, case_number)
);
create index ix_risk_by_level on risk_assessment (agency_code, in_scope, level_rank, score);

create table risk_reason (
    agency_code   varchar(32)   not null,
    case_number   varchar(64)   not null,
    reason_no     int           not null,
    code          varchar(40)   not null,
    weight        int           not null,
    facts         varchar(2000) not null,
    basis         varchar(200)  not null,
    primary key (agency_code, case_number, reason_no)
);
