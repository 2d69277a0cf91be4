-- A risk reason's wording as typed values (issue #11): the message key and its tagged arguments, so pages word it in
-- the reader's language instead of showing the English facts sentence. Reasons assessed before stay without them
-- until the case is next assessed.
alter table risk_reason add column message_key varchar(80);
alter table risk_reason add column arguments varchar(2000);
