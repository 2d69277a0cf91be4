-- The payment window's end as the fee notice gave it to the applicant (收费通知书): a calendar change may end the
-- window later, never before that date (fees.FeeManagement.recomputeWindow). payable_until is the end in force; for
-- notices from before this column the date in force is the best record of what the notice said.
alter table fees_notice add column payable_until_given date;
update fees_notice set payable_until_given = payable_until;
