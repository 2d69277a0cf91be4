-- The date the consultation letter gave the consulted party to answer by (Arts. 32, 34): a calendar change, or the
-- letter's receipt recorded later, may end the window later, never before it (casework.Consulting). Letters sent
-- before this column keep it empty (no floor, as before).
alter table consultation_request add column reply_by_given date;
