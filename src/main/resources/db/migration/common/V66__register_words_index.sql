-- Issue #11: the register's search by words of the request through an index instead of reading every register row of
-- the agency (1.3 s at 550k cases of one agency for a phrase of one request). Each case's subject is kept as tokens of
-- kind WORD in casework_register_token: a keyed hash of every run of three characters of it (casework.RegisterTokens),
-- so a phrase of three or more characters is looked for only among the cases holding its runs, then matched with LIKE.
-- words_indexed says a row's WORD tokens are written: rows of this migration's time are indexed after start by
-- casework.RegisterWords, and the register reads every row for a words search until none is left. Portable across H2
-- and MySQL 8.4 / MariaDB.
alter table casework_register add column words_indexed boolean default false not null;
create index ix_register_words_indexed on casework_register (words_indexed);
