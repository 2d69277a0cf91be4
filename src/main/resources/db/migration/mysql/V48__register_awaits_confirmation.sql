-- Issue #12: an application submitted on the applicant portal stands in the case register (and the worklist sorted by
-- receipt) while it awaits the agency's confirmation, without a receipt date until then (Art. 31(3)). The same change
-- for H2 is in db/migration/h2.
alter table casework_register modify receipt_date date null;
