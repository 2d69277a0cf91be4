-- Excluded time (Art. 33(3)) and extensions (Arts. 33(2), 35) of the reply period, and reminders to people.

create table deadlines_pause (
    agency_code varchar(32)  not null,
    case_number varchar(64)  not null,
    reference   varchar(64)  not null,
    kind        varchar(32)  not null,
    started_on  date         not null,
    planned_end date         not null,
    ended_on    date,
    basis       varchar(100) not null,
    recorded_by varchar(64)  not null,
    recorded_at timestamp(3) not null,
    primary key (agency_code, case_number, reference)
);

create table deadlines_extension (
    agency_code  varchar(32)  not null,
    case_number  varchar(64)  not null,
    number       int          not null,
    kind         varchar(24)  not null,
    working_days int          not null,
    reason       text         not null,
    status       varchar(16)  not null,
    requested_by varchar(64)  not null,
    requested_at timestamp(3) not null,
    decided_by   varchar(64),
    decided_on   date,
    noticed_on   date,
    decision_note text,
    primary key (agency_code, case_number, number)
);

create table casework_notification (
    id          bigint auto_increment primary key,
    agency_code varchar(32)   not null,
    recipient   varchar(80)   not null,
    case_number varchar(64)   not null,
    kind        varchar(32)   not null,
    message     varchar(1000) not null,
    created_at  timestamp(3)  not null
);
create index ix_notification_recipient on casework_notification (agency_code, recipient, created_at);

alter table casework_work_item add column due_provisional boolean default false not null;

create table fees_notice (
    agency_code   varchar(32)    not null,
    case_number   varchar(64)    not null,
    number        int            not null,
    method        varchar(16)    not null,
    quantity      int            not null,
    amount        decimal(12, 2) not null,
    basis         text           not null,
    noticed_on    date           not null,
    received_on   date           not null,
    payable_until date           not null,
    paid_on       date,
    noticed_by    varchar(64)    not null,
    noticed_at    timestamp(3)   not null,
    primary key (agency_code, case_number, number)
);
