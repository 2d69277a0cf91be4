-- Art. 35: the request for reasons and the agency's assessment of them.
create table reply_art35_inquiry (
    agency_code         varchar(32)  not null,
    case_number         varchar(64)  not null,
    asked_on            date         not null,
    volume              varchar(2000) not null,
    reasons_received_on date,
    reasons             text,
    assessment          varchar(24),
    note                text,
    asked_by            varchar(64)  not null,
    asked_at            timestamp(3) not null,
    assessed_by         varchar(64),
    primary key (agency_code, case_number)
);
