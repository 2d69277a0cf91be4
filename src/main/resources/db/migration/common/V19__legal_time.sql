-- Legal time, one state machine (issue #10).

-- Why each ledger entry was computed, as a typed value beside the words (no module parses the words).
alter table deadlines_entry add column cause varchar(32);
alter table deadlines_entry add column cause_number int;

-- A pause belongs to a consultation or a fee notice by kind and number, instead of a text reference.
create table deadlines_pause_typed (
    agency_code varchar(32)  not null,
    case_number varchar(64)  not null,
    kind        varchar(32)  not null,
    number      int          not null,
    started_on  date         not null,
    planned_end date         not null,
    ended_on    date,
    basis       varchar(100) not null,
    recorded_by varchar(64)  not null,
    recorded_at timestamp(3) not null,
    primary key (agency_code, case_number, kind, number)
);
insert into deadlines_pause_typed (agency_code, case_number, kind, number, started_on, planned_end, ended_on, basis,
        recorded_by, recorded_at)
    select agency_code, case_number, kind, substring(reference, 14) + 0, started_on, planned_end, ended_on, basis,
           recorded_by, recorded_at
      from deadlines_pause where reference like 'consultation %';
insert into deadlines_pause_typed (agency_code, case_number, kind, number, started_on, planned_end, ended_on, basis,
        recorded_by, recorded_at)
    select agency_code, case_number, kind, substring(reference, 12) + 0, started_on, planned_end, ended_on, basis,
           recorded_by, recorded_at
      from deadlines_pause where reference like 'fee notice %';
drop table deadlines_pause;
alter table deadlines_pause_typed rename to deadlines_pause;

-- "Overdue" is derived from the legal dates (deadlines.ReplyTimeliness), never stored.
alter table casework_case drop column overdue;

-- Automatic consequences taken on legal dates (abandoned without supplement, fee unpaid), with what they
-- interrupted, so that a fact recorded later whose legal date defeats one can undo it.
create table casework_consequence (
    id              bigint auto_increment primary key,
    agency_code     varchar(32)   not null,
    case_number     varchar(64)   not null,
    kind            varchar(32)   not null,
    legal_date      date          not null,
    interrupted     varchar(200)  not null,
    taken_at        timestamp(3)  not null,
    reversed_at     timestamp(3),
    reversed_by     varchar(64),
    reversal_reason varchar(1000)
);
create index ix_consequence_case on casework_consequence (agency_code, case_number);

-- The consulted party's receipt of the letter, from which its window runs (Arts. 32, 34).
alter table consultation_request add column letter_received_on date;

-- How the clerk registered the application (ACCEPT, SUPPLEMENT, ON_THE_SPOT): a typed fact for the evidence checklist.
alter table casework_case add column registration varchar(16);
