-- Personal data is stored as AES-GCM tokens (shared.PersonalDataCipher): enc:v1:<keyId>:<base64url(nonce, ciphertext,
-- tag)>, about 4/3 of the UTF-8 length plus 45 characters. Widened to hold the longest value NewApplication accepts.
-- H2 syntax; db/migration/mysql has the same for MySQL/MariaDB.
alter table intake_application alter column id_number set data type varchar(400);
alter table intake_application alter column phone set data type varchar(255);
alter table intake_application alter column email set data type varchar(900);
alter table intake_application alter column address set data type varchar(2200);
