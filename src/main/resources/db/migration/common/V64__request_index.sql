-- Issue #13: repeat detection (Arts. 36(6), 44) through an index instead of reading every application of the two-year
-- look-back window. Each application's request is stored as 64-bit hashes of its wording's bigrams and of its document
-- numbers' year and serial (intake.RequestGrams); the applications that may match one request are those sharing a
-- document key or enough bigrams, found by one GROUP BY over ix_request_gram, and only they are compared.
-- The receipt date is copied so that the look-back window is part of the index range (NULL while an online
-- application awaits confirmation, as in intake_application). Portable across H2 and MySQL 8.4 / MariaDB.
create table intake_request_gram (
    agency_code  varchar(32) not null,
    case_number  varchar(64) not null,
    gram         bigint      not null,
    receipt_date date,
    primary key (agency_code, case_number, gram)
);
create index ix_request_gram on intake_request_gram (agency_code, gram, receipt_date);

-- Under which filler words (a hash of them) the application was indexed; NULL = not yet. Applications logged before
-- this migration are indexed after start by intake.RequestIndex, and compared by reading them until then.
alter table intake_application add column request_grams varchar(16);
create index ix_application_request_grams on intake_application (agency_code, request_grams, receipt_date);
