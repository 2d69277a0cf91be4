-- A case reopened after a reconsideration or court ordered a new reply (复议法 Arts. 64, 66; 行诉法 Arts. 70, 72)
-- is delivered again: one delivery per delivered draft version, the earlier delivery kept.

alter table reply_delivery add column draft_version int default 1 not null;

update reply_delivery set draft_version = coalesce((select max(d.version) from reply_draft d
    where d.agency_code = reply_delivery.agency_code and d.case_number = reply_delivery.case_number), 1);

alter table reply_delivery drop primary key;

alter table reply_delivery add primary key (agency_code, case_number, draft_version);

-- The reply cycle a case is in: 1, and one more for every reopening.
alter table casework_case add column reply_cycle int default 1 not null;

-- Each new reply cycle with the period the decision ordering it set (or the [I] default), for the deadline ledger.
create table deadlines_reply_cycle (
    agency_code  varchar(32)   not null,
    case_number  varchar(64)   not null,
    cycle        int           not null,
    started_on   date          not null,
    working_days int,
    fixed_due_on date,
    basis        varchar(1000) not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp(3)  not null,
    primary key (agency_code, case_number, cycle)
);
