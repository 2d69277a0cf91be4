-- An agency's own letterhead, edited by its administrators (issue #11); a blank value falls back to ogi.documents.*.
create table agency_letterhead (
    agency_code          varchar(32)  not null primary key,
    agency_name          varchar(200),
    reconsideration_body varchar(200),
    court                varchar(200),
    contact              varchar(500),
    updated_by           varchar(64)  not null,
    updated_at           timestamp(3) not null
);
