-- 国办函〔2020〕109号 Art. 4 (spec F-3): per-item fees cumulate every item of an applicant's applications received in
-- a calendar month, charged or not, by their real number. The handler counts each application's items (after
-- splitting by 「一事一申请」); an application charged per item counts the items of its notices.

create table fees_item_count (
    agency_code         varchar(32)  not null,
    case_number         varchar(64)  not null,
    applicant_id_number varchar(64)  not null,
    receipt_month       date         not null,
    items               int          not null,
    counted_by          varchar(64)  not null,
    counted_at          timestamp(3) not null,
    primary key (agency_code, case_number)
);
