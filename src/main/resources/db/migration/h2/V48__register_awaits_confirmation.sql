-- Issue #12: an application submitted on the applicant portal stands in the case register (and the worklist sorted by
-- receipt) while it awaits the agency's confirmation, without a receipt date until then (Art. 31(3)). The same change
-- for MySQL/MariaDB is in db/migration/mysql.
alter table casework_register alter column receipt_date set null;
