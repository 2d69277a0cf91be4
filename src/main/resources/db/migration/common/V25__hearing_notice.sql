-- T17 (行政复议法 Art. 51): the day the agency received the notice of a hearing, so that a notice later than five working
-- days before the hearing can be flagged. Null for hearings recorded before, whose notice date is unknown.

alter table litigation_hearing add column notice_received_on date;
