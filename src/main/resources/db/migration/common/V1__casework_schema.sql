-- Portable across H2 (embedded run) and MySQL 8.4 / MariaDB (production, tests). Every business table carries the
-- agency code, and every query filters on it.

create table accounts_agency (
    code        varchar(32)  not null primary key,
    name        varchar(200) not null
);

create table accounts_user (
    username      varchar(64)  not null primary key,
    password_hash varchar(100) not null,
    display_name  varchar(200) not null,
    agency_code   varchar(32)  not null,
    enabled       boolean      not null,
    constraint fk_user_agency foreign key (agency_code) references accounts_agency (code)
);

create table accounts_user_role (
    username varchar(64) not null,
    role     varchar(16) not null,
    primary key (username, role),
    constraint fk_role_user foreign key (username) references accounts_user (username)
);

create table intake_case_sequence (
    agency_code   varchar(32) not null,
    sequence_year int         not null,
    next_value    bigint      not null,
    primary key (agency_code, sequence_year)
);

create table intake_application (
    agency_code           varchar(32)  not null,
    case_number           varchar(64)  not null,
    applicant_type        varchar(32)  not null,
    applicant_name        varchar(200) not null,
    id_document_type      varchar(40)  not null,
    id_number             varchar(64)  not null,
    phone                 varchar(32),
    email                 varchar(200),
    address               varchar(500),
    requested_information text         not null,
    document_number       varchar(200),
    provision_form        varchar(16)  not null,
    obtaining_method      varchar(24)  not null,
    channel               varchar(16)  not null,
    submitted_on          date,
    signed_for_on         date,
    arrived_on            date,
    confirmed_on          date,
    receipt_date          date         not null,
    needs_assistance      boolean      not null,
    purpose               text,
    received_by           varchar(64)  not null,
    received_at           timestamp(3) not null,
    primary key (agency_code, case_number)
);
create index ix_application_applicant on intake_application (agency_code, id_number);

create table intake_supplement (
    id          bigint auto_increment primary key,
    agency_code varchar(32) not null,
    case_number varchar(64) not null,
    noticed_on  date        not null,
    items       text        not null,
    due_on      date        not null,
    noticed_by  varchar(64) not null,
    received_on date,
    content     text,
    received_by varchar(64)
);
create index ix_supplement_case on intake_supplement (agency_code, case_number);

create table deadlines_entry (
    id           bigint auto_increment primary key,
    agency_code  varchar(32)   not null,
    case_number  varchar(64)   not null,
    kind         varchar(32)   not null,
    start_date          date          not null,
    start_reason        varchar(200)  not null,
    period_length       int           not null,
    unit                varchar(16)   not null,
    paused_working_days int           not null,
    due_date            date          not null,
    provisional  boolean       not null,
    basis        varchar(100)  not null,
    explanation  varchar(2000) not null,
    reason       varchar(500)  not null,
    active       boolean       not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp(3)  not null
);
create index ix_deadline_case on deadlines_entry (agency_code, case_number, kind, active);

create table reply_search_record (
    agency_code       varchar(32)   not null,
    case_number       varchar(64)   not null,
    version           int           not null,
    searched_on       date          not null,
    sources_searched  text          not null,
    keywords          varchar(1000) not null,
    period_covered    varchar(200),
    departments_asked varchar(1000),
    found             boolean       not null,
    notes             text,
    recorded_by       varchar(64)   not null,
    recorded_at       timestamp(3)  not null,
    primary key (agency_code, case_number, version)
);

create table reply_draft (
    agency_code                varchar(32)  not null,
    case_number                varchar(64)  not null,
    version                    int          not null,
    outcome                    varchar(32)  not null,
    ground                     varchar(40),
    reasons                    text,
    access_details             text,
    responsible_agency_name    varchar(200),
    responsible_agency_contact varchar(500),
    earlier_case_number        varchar(64),
    drafted_by                 varchar(64)  not null,
    drafted_at                 timestamp(3) not null,
    primary key (agency_code, case_number, version)
);

create table reply_withheld_part (
    agency_code varchar(32)   not null,
    case_number varchar(64)   not null,
    version     int           not null,
    position    int           not null,
    description varchar(1000) not null,
    ground      varchar(40)   not null,
    reasons     text          not null,
    primary key (agency_code, case_number, version, position)
);

create table reply_delivery (
    agency_code     varchar(32)  not null,
    case_number     varchar(64)  not null,
    method          varchar(16)  not null,
    delivered_on    date         not null,
    tracking_number varchar(64),
    recipient       varchar(200),
    recorded_by     varchar(64)  not null,
    recorded_at     timestamp(3) not null,
    primary key (agency_code, case_number)
);

create table review_decision (
    id            bigint auto_increment primary key,
    agency_code   varchar(32)  not null,
    case_number   varchar(64)  not null,
    stage         varchar(16)  not null,
    draft_version int          not null,
    verdict       varchar(16)  not null,
    reason        text,
    decided_by    varchar(64)  not null,
    decided_at    timestamp(3) not null
);
create index ix_review_case on review_decision (agency_code, case_number);

create table consultation_request (
    agency_code        varchar(32)  not null,
    case_number        varchar(64)  not null,
    number             int          not null,
    kind               varchar(16)  not null,
    party              varchar(200) not null,
    question           text         not null,
    sent_on            date         not null,
    opinion            varchar(16),
    answer             text,
    answered_on        date,
    requested_by       varchar(64)  not null,
    requested_at       timestamp(3) not null,
    answer_recorded_by varchar(64),
    primary key (agency_code, case_number, number)
);

create table audit_entry (
    id          bigint auto_increment primary key,
    agency_code varchar(32)  not null,
    case_number varchar(64)  not null,
    action      varchar(64)  not null,
    actor       varchar(64)  not null,
    occurred_at timestamp(3) not null,
    from_status varchar(32),
    to_status   varchar(32),
    detail      text
);
create index ix_audit_case on audit_entry (agency_code, case_number, id);

create table casework_case (
    agency_code           varchar(32)  not null,
    case_number           varchar(64)  not null,
    process_instance_id   varchar(64),
    status                varchar(32)  not null,
    receipt_date          date         not null,
    reply_due_date        date,
    reply_due_provisional boolean      not null,
    outcome               varchar(32),
    overdue               boolean      not null,
    opened_at             timestamp(3) not null,
    closed_at             timestamp(3),
    primary key (agency_code, case_number)
);
create index ix_case_process on casework_case (process_instance_id);
create index ix_case_status on casework_case (agency_code, status);

-- The worklist read model, kept in step with Flowable's tasks in the same transaction; indexed for the two
-- questions every worklist page asks: "assigned to me" and "claimable by my roles", by due date.
create table casework_work_item (
    task_id        varchar(64)  not null primary key,
    agency_code    varchar(32)  not null,
    case_number    varchar(64)  not null,
    step           varchar(64)  not null,
    candidate_role varchar(16),
    assignee       varchar(64),
    due_date       date,
    created_at     timestamp(3) not null
);
create index ix_work_item_assignee on casework_work_item (agency_code, assignee, due_date);
create index ix_work_item_role on casework_work_item (agency_code, candidate_role, assignee, due_date);
create index ix_work_item_case on casework_work_item (agency_code, case_number);
