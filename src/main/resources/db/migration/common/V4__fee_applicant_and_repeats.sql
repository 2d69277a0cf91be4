-- Portable across H2 (embedded run) and MySQL 8.4 / MariaDB.

-- 国办函〔2020〕109号 Art. 4 (spec F-3): per-item fees cumulate per applicant per calendar month across the agency's
-- cases, so each notice records whom it charged. Notices sent before this migration have no applicant and are not
-- counted towards any month.
alter table fees_notice add column applicant_id_number varchar(64);

-- The month's earlier items of one applicant: agency + applicant + notice-date range.
create index ix_fee_applicant_month on fees_notice (agency_code, applicant_id_number, noticed_on);

-- One row per agency, applicant and month, updated (row-locked) before a per-item notice is priced, so that two
-- notices for the same applicant in the same month, sent at the same time on two cases, are priced one after the
-- other and never both start in the free band. The count is informative only; fees_notice is the record.
create table fees_applicant_month (
    agency_code         varchar(32) not null,
    applicant_id_number varchar(64) not null,
    month_start         date        not null,
    notices             int         not null,
    primary key (agency_code, applicant_id_number, month_start)
);

-- Repeat and duplicate detection (Arts. 36(6), 44) compares an application only with the agency's applications
-- received within the look-back window: agency + receipt-date range. Same-applicant lookups use the existing
-- ix_application_applicant (agency_code, id_number).
create index ix_application_receipt on intake_application (agency_code, receipt_date);
