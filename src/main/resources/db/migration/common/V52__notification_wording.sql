-- A notification is worded when it is read, in the reader's language, from a message key and its arguments
-- (ogi.casework.shared.Wording); message keeps the engine's English sentence for the log and the API.
alter table casework_notification add column message_key varchar(100);
alter table casework_notification add column arguments varchar(1000);
