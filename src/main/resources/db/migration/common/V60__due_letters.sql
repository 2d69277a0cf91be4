-- Letters an action made due (issue #13): written in the action's transaction, rendered (DOCX + PDF into
-- case_document) after it commits, by the node that claims the row. A row is DUE until claimed, RENDERING while a
-- node holds it (next_attempt_at is then the end of that node's lease, after which another node may take it over),
-- deleted in the transaction that stores the letter, and FAILED once it has failed max-attempts times.
-- letter_data is the letter's values as JSON; mediumtext is MySQL/MariaDB's 16 MB text type, a CLOB in H2.
create table document_due_letter (
    id              bigint auto_increment primary key,
    agency_code     varchar(32)   not null,
    case_number     varchar(64)   not null,
    kind            varchar(32)   not null,
    letter_data     mediumtext    not null,
    requested_by    varchar(64)   not null,
    requested_at    timestamp(3)  not null,
    status          varchar(16)   not null,
    attempts        int           not null,
    next_attempt_at timestamp(3)  not null,
    claim           varchar(64),
    last_error      varchar(1000)
);

-- the sweep: due and expired rows, oldest first
create index ix_document_due_letter_due on document_due_letter (status, next_attempt_at);
-- a case's letters still to come (archiving waits for them, delivery counts them)
create index ix_document_due_letter_case on document_due_letter (agency_code, case_number, status);
