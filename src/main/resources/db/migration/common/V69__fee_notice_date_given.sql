-- The payment window's end as the fee notice gave it to the applicant (收费通知书): a calendar change may end the
-- window later, never before that date (fees.FeeManagement.recomputeWindow). payable_until is the end in force.
-- Notices from before this column keep it empty (no floor, as before): their payable_until may already have been
-- moved by a calendar change, so it is not a record of what the notice said.
alter table fees_notice add column payable_until_given date;
