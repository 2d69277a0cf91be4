-- The case register looks applications up by the applicant's name (or its beginning, e.g. the surname), newest
-- first: agency + name prefix range, then receipt date. Portable across H2 and MySQL 8.4 / MariaDB.
create index ix_application_name on intake_application (agency_code, applicant_name, receipt_date);
