-- Issue #12, Arts. 44 and 45: the periodic review of refusals, partial disclosures and clusters of similar applications,
-- each item decided (publish proactively, or keep as it is with the reason), and the items published proactively with
-- the applications that led to them.
create table publication_review (
    id           bigint auto_increment primary key,
    agency_code  varchar(32) not null,
    period_from  date        not null,
    period_to    date        not null,
    opened_on    date        not null,
    closed_on    date
);
create index ix_publication_review_agency on publication_review (agency_code, period_to);

create table publication_review_item (
    id                 bigint auto_increment primary key,
    review_id          bigint       not null,
    agency_code        varchar(32)  not null,
    kind               varchar(16)  not null,
    case_numbers       text         not null,
    summary            text         not null,
    ground             varchar(40),
    applicants         int          not null,
    decision           varchar(16),
    reason             text,
    published_item_id  bigint,
    decided_by         varchar(64),
    decided_at         timestamp(3)
);
create index ix_publication_review_item on publication_review_item (agency_code, review_id, id);

create table publication_item (
    id            bigint auto_increment primary key,
    agency_code   varchar(32)  not null,
    title         varchar(300) not null,
    published_on  date         not null,
    location      varchar(500) not null,
    summary       text,
    link          varchar(1000),
    created_by    varchar(64)  not null,
    created_at    timestamp(3) not null
);
create index ix_publication_item_agency on publication_item (agency_code, published_on);

create table publication_item_case (
    item_id      bigint      not null,
    agency_code  varchar(32) not null,
    case_number  varchar(64) not null,
    primary key (item_id, case_number)
);
create index ix_publication_item_case on publication_item_case (agency_code, case_number);
