-- The official calendar's data that administrators load at run time, over the holiday files vendored in the release.
-- Portable across H2 and MySQL 8.4 / MariaDB. The national notices carry no agency code: a State Council notice is
-- the same for every agency. Column names avoid YEAR, DAY and VERSION, which H2 reserves.

-- One row, bumped by every change; each node reloads its in-memory calendar when it sees a newer value, and a load
-- locks the row (select ... for update) so that loads are serialised across the cluster.
create table calendar_version (
    id           int    not null primary key,
    data_version bigint not null
);
insert into calendar_version (id, data_version) values (1, 0);

-- A State Council notice 「关于YYYY年部分节假日安排的通知」 as loaded; replaces the vendored file of that year.
create table calendar_notice (
    notice_year int          not null primary key,
    papers      text         not null,
    loaded_by   varchar(64)  not null,
    loaded_at   timestamp(3) not null
);

create table calendar_notice_day (
    notice_year int          not null,
    listed_date date         not null,
    name        varchar(100) not null,
    off_day     boolean      not null,
    primary key (notice_year, listed_date)
);

-- A region whose government sets extra rest days (《全国年节及纪念日放假办法》 Art. 4); maintained by the agency whose
-- administrator defined it first.
create table calendar_region (
    region_code       varchar(32)  not null primary key,
    owner_agency_code varchar(32)  not null,
    created_by        varchar(64)  not null,
    created_at        timestamp(3) not null
);

create table calendar_region_notice (
    region_code varchar(32)  not null,
    notice_year int          not null,
    papers      text         not null,
    loaded_by   varchar(64)  not null,
    loaded_at   timestamp(3) not null,
    primary key (region_code, notice_year)
);

create table calendar_region_day (
    region_code varchar(32)  not null,
    notice_year int          not null,
    listed_date date         not null,
    name        varchar(100) not null,
    off_day     boolean      not null,
    primary key (region_code, notice_year, listed_date)
);

create table calendar_agency_region (
    agency_code varchar(32)  not null primary key,
    region_code varchar(32)  not null,
    assigned_by varchar(64)  not null,
    assigned_at timestamp(3) not null
);
create index ix_agency_region_region on calendar_agency_region (region_code);

-- Append-only history of every change: who, when, which notice, and the listed dates added, removed or changed
-- (ISO dates separated by commas).
create table calendar_change (
    id                bigint auto_increment primary key,
    data_version      bigint        not null,
    action            varchar(32)   not null,
    notice_year       int,
    region_code       varchar(32),
    agency_code       varchar(32),
    papers            text,
    days_added        text          not null,
    days_removed      text          not null,
    days_changed      text          not null,
    detail            varchar(1000),
    changed_by        varchar(64)   not null,
    changed_by_agency varchar(32)   not null,
    changed_at        timestamp(3)  not null
);
create index ix_calendar_change_year on calendar_change (region_code, notice_year, id);
