-- Issue #12: an application submitted on the applicant portal is not received in law until the agency confirms it
-- (Art. 31(3)); until then it has no receipt date. The same change for MySQL/MariaDB is in db/migration/mysql.
alter table intake_application alter column receipt_date set null;
alter table casework_case alter column receipt_date set null;
