-- Art. 32: a disclosure over a third party's objection records the public-interest reasoning and the date the
-- third party was told.
alter table reply_draft add column public_interest_reasoning text;
alter table reply_draft add column third_party_noticed_on date;
