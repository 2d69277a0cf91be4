-- The administration audit trail (issue #14): agencies and users created, disabled, reset and re-roled, calendar
-- notices loaded, sign-in failures and lockouts; append-only like audit_entry, with who, when, what and which agency.
create table audit_administration (
    id           bigint auto_increment primary key,
    occurred_at  timestamp(3)  not null,
    actor        varchar(64)   not null,
    actor_agency varchar(32),
    action       varchar(32)   not null,
    agency_code  varchar(32),
    subject      varchar(200),
    detail       varchar(1000)
);
create index ix_audit_administration_agency on audit_administration (agency_code, id);
