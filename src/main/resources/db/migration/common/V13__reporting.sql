-- Annual report (spec §6) and office statistics. Portable across H2 and MySQL/MariaDB.

-- A department belongs to the government whose report aggregates it (R-49: 本级政府 reports by 31 March).
alter table accounts_agency add column parent_code varchar(32);
create index ix_agency_parent on accounts_agency (parent_code);

-- The reporting read model: one row per application, refreshed from the owning modules on every CaseEvent.
create table reporting_case (
    agency_code      varchar(32)  not null,
    case_number      varchar(64)  not null,
    applicant_type   varchar(32)  not null,
    applicant_key    varchar(64)  not null,
    channel          varchar(16)  not null,
    receipt_date     date         not null,
    status           varchar(32)  not null,
    outcome          varchar(32),
    report_row       varchar(16),
    concluded_on     date,
    reply_start_date date,
    reply_due_date   date,
    changed_at       timestamp(3) not null,
    primary key (agency_code, case_number)
);
create index ix_reporting_case_receipt on reporting_case (agency_code, receipt_date);
create index ix_reporting_case_concluded on reporting_case (agency_code, concluded_on);

-- A published (locked) annual report: who locked it, when, and the figures as published.
create table reporting_year_lock (
    agency_code varchar(32)  not null,
    report_year int          not null,
    locked_by   varchar(64)  not null,
    locked_at   timestamp(3) not null,
    report_json text         not null,
    primary key (agency_code, report_year)
);

-- Where each case of a locked year was counted when it was locked, to list later corrections per case.
create table reporting_locked_case (
    agency_code    varchar(32) not null,
    report_year    int         not null,
    case_number    varchar(64) not null,
    applicant_type varchar(32) not null,
    placement      varchar(16) not null,
    primary key (agency_code, report_year, case_number)
);
