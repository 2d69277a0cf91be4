-- Reconsideration (行政复议) and lawsuits (行政诉讼) against the agency's OGI acts (spec §5 T12–T24, §6.4, §7).

create table litigation_matter (
    id                        bigint auto_increment primary key,
    agency_code               varchar(32)  not null,
    kind                      varchar(32)  not null,
    body                      varchar(200) not null,
    reference_number          varchar(100) not null,
    copy_received_on          date         not null,
    procedure_kind            varchar(16)  not null,
    earlier_matter_id         bigint,
    decision                  varchar(32),
    decided_on                date,
    decision_received_on      date,
    new_reply_ordered         boolean      default false not null,
    ordered_reply_working_days int,
    ordered_reply_due_on      date,
    served_document           varchar(16),
    served_on                 date,
    appeal_lodged_on          date,
    appeal_lodged_by          varchar(16),
    second_instance_decision  varchar(32),
    second_instance_decided_on date,
    registered_by             varchar(64)  not null,
    registered_at             timestamp(3) not null,
    updated_at                timestamp(3) not null
);
create index ix_litigation_matter_agency on litigation_matter (agency_code, copy_received_on);

create table litigation_matter_case (
    agency_code varchar(32) not null,
    matter_id   bigint      not null,
    case_number varchar(64) not null,
    primary key (matter_id, case_number)
);
create index ix_litigation_matter_case on litigation_matter_case (agency_code, case_number);

create table litigation_hearing (
    agency_code varchar(32)  not null,
    matter_id   bigint       not null,
    number      int          not null,
    held_on     date         not null,
    place       varchar(200),
    recorded_by varchar(64)  not null,
    recorded_at timestamp(3) not null,
    primary key (matter_id, number)
);

create table litigation_filing (
    agency_code varchar(32)  not null,
    matter_id   bigint       not null,
    number      int          not null,
    kind        varchar(32)  not null,
    filed_on    date         not null,
    note        varchar(1000),
    recorded_by varchar(64)  not null,
    recorded_at timestamp(3) not null,
    primary key (matter_id, number)
);

-- Alarms already raised by the legalMatter process: timers fire at least once, notifications go out once.
create table litigation_alarm (
    agency_code varchar(32)  not null,
    matter_id   bigint       not null,
    alarm_key   varchar(64)  not null,
    raised_at   timestamp(3) not null,
    primary key (matter_id, alarm_key)
);

-- A linked case reopened as a new reply cycle after a correction (复议法 Arts. 64, 66; 行诉法 Arts. 70, 72).
create table litigation_reopening (
    agency_code  varchar(32)  not null,
    matter_id    bigint       not null,
    case_number  varchar(64)  not null,
    reply_due_on date         not null,
    reopened_by  varchar(64)  not null,
    reopened_at  timestamp(3) not null,
    primary key (matter_id, case_number)
);
