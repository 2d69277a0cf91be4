-- Issue #11: the word index compared accented letters as other letters ("Běijīng" held "běi", a search for "beijing"
-- asked for "bei"), while the LIKE that decides ignores accents (utf8mb4_unicode_ci, utf8mb4_0900_ai_ci): a search
-- answered through the index could miss a case the LIKE finds. casework.RegisterTokens now drops combining marks
-- before taking the runs; the tokens written before cannot be recomputed in SQL (they are keyed hashes), so they are
-- removed and every row is indexed again after start by casework.RegisterWords, which searches by reading every row
-- until it has finished. Portable across H2 and MySQL 8.4 / MariaDB.
delete from casework_register_token where kind = 'WORD';
update casework_register set words_indexed = false;
