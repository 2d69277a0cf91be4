-- Issue #11: a search by words that many requests hold ("第43": thousands of cases, most of them years old) read the
-- register from its newest row, checking each subject, until a page was found: ~0.1 s at 550k cases of one agency.
-- Each search token now carries its case's receipt date, and ix_register_token_date orders a token's cases by it, so
-- such a page is read from the postings of one run of the words, newest first, and only they are checked
-- (casework.CaseRegister). NULL while an online application awaits confirmation, as in casework_register; set on
-- confirmation (Art. 31(3)) by casework.CaseRegisterProjection. Portable across H2 and MySQL 8.4 / MariaDB.
alter table casework_register_token add column receipt_date date;
update casework_register_token set receipt_date = (
    select r.receipt_date from casework_register r
     where r.agency_code = casework_register_token.agency_code
       and r.case_number = casework_register_token.case_number);
create index ix_register_token_date on casework_register_token (agency_code, kind, token, receipt_date, case_number);
