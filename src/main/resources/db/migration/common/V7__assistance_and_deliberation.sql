-- Internal assistance (协查) by other departments, and joint deliberation (会商) of difficult cases.

create table consultation_assistance (
    agency_code        varchar(32)  not null,
    case_number        varchar(64)  not null,
    number             int          not null,
    department         varchar(200) not null,
    request            text         not null,
    asked_on           date         not null,
    due_on             date         not null,
    found              boolean,
    searched           text,
    answer             text,
    answered_on        date,
    asked_by           varchar(64)  not null,
    asked_at           timestamp(3) not null,
    answer_recorded_by varchar(64),
    primary key (agency_code, case_number, number)
);

create table consultation_deliberation (
    agency_code varchar(32)  not null,
    case_number varchar(64)  not null,
    topic       text         not null,
    opened_by   varchar(64)  not null,
    opened_at   timestamp(3) not null,
    primary key (agency_code, case_number)
);

create table consultation_deliberation_opinion (
    agency_code varchar(32) not null,
    case_number varchar(64) not null,
    participant varchar(64) not null,
    opinion     text,
    recorded_at timestamp(3),
    primary key (agency_code, case_number, participant)
);
