-- Issue #12: an application submitted on the applicant portal is not received in law until the agency confirms it
-- (Art. 31(3)); until then it has no receipt date. The same change for H2 is in db/migration/h2.
alter table intake_application modify receipt_date date null;
alter table casework_case modify receipt_date date null;
