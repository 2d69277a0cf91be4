-- Electronic delivery is proved by the applicant's confirmation of receipt.
alter table reply_delivery add column confirmed_on date;
