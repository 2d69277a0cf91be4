-- The sealed case file (归档, Art. 45 and spec §8.3/§10): every document as bytes with its SHA-256, and each version
-- of the manifest. Rows are only ever inserted: a correction after sealing is a new item and a new manifest version.
-- longblob is MySQL/MariaDB's 4 GB binary type; H2 reads it as BINARY LARGE OBJECT.

create table archive_package (
    agency_code varchar(32)  not null,
    case_number varchar(64)  not null,
    sealed_at   timestamp(3) not null,
    sealed_by   varchar(64)  not null,
    primary key (agency_code, case_number)
);

create table archive_item (
    agency_code     varchar(32)  not null,
    case_number     varchar(64)  not null,
    position        int          not null,
    path            varchar(255) not null,
    title           varchar(500) not null,
    section         varchar(32)  not null,
    media_type      varchar(100) not null,
    size            bigint       not null,
    sha256          char(64)     not null,
    content         longblob     not null,
    added_in_version int         not null,
    added_by        varchar(64)  not null,
    added_at        timestamp(3) not null,
    primary key (agency_code, case_number, position),
    constraint uq_archive_item_path unique (agency_code, case_number, path)
);

create table archive_manifest (
    agency_code  varchar(32)  not null,
    case_number  varchar(64)  not null,
    version      int          not null,
    content      longblob     not null,
    sha256       char(64)     not null,
    items_sha256 char(64)     not null,
    issued_by    varchar(64)  not null,
    issued_at    timestamp(3) not null,
    primary key (agency_code, case_number, version)
);
