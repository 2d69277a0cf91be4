-- Personal data is stored as AES-GCM tokens (shared.PersonalDataCipher): enc:v1:<keyId>:<base64url(nonce, ciphertext,
-- tag)>, about 4/3 of the UTF-8 length plus 45 characters. Widened to hold the longest value NewApplication accepts.
-- MySQL/MariaDB syntax; db/migration/h2 has the same for H2.
alter table intake_application modify id_number varchar(400) not null;
alter table intake_application modify phone varchar(255);
alter table intake_application modify email varchar(900);
alter table intake_application modify address varchar(2200);
