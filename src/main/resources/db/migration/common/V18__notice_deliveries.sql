-- Proof that a notice reached its addressee (spec §8.3 items 3–5): the supplement notice (Art. 30), the extension
-- notice (Art. 33(2)) and each consultation letter (Arts. 32, 34), with the same proof rules as the reply's delivery.
create table reply_notice_delivery (
    agency_code     varchar(32)  not null,
    case_number     varchar(64)  not null,
    notice          varchar(32)  not null,
    reference       bigint       not null,
    method          varchar(16)  not null,
    delivered_on    date         not null,
    tracking_number varchar(64),
    recipient       varchar(200),
    confirmed_on    date,
    recorded_by     varchar(64)  not null,
    recorded_at     timestamp(3) not null,
    primary key (agency_code, case_number, notice, reference)
);
