-- Letters the engine rendered for a case (spec §10): each file with its kind, format, SHA-256 and who made it when.
-- Rows are only inserted; a corrected letter is a new row. longblob, as in V5__archive.sql, is MySQL/MariaDB's 4 GB
-- binary type and H2 reads it as BINARY LARGE OBJECT.

create table case_document (
    id          bigint auto_increment primary key,
    agency_code varchar(32)  not null,
    case_number varchar(64)  not null,
    kind        varchar(32)  not null,
    format      varchar(8)   not null,
    file_name   varchar(255) not null,
    size        bigint       not null,
    sha256      char(64)     not null,
    content     longblob     not null,
    created_by  varchar(64)  not null,
    created_at  timestamp(3) not null
);

create index ix_case_document_case on case_document (agency_code, case_number, id);
