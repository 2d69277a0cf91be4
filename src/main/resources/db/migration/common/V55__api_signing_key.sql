-- The embedded token issuer's RSA key (issue #13): one row, shared by every node, so that a bearer token issued by
-- one node is accepted by all; created on first use. The primary key on the fixed slot makes a second node that
-- races to create it fail and read the first one's key instead.
create table accounts_signing_key (
    slot        varchar(16)   not null primary key,
    key_id      varchar(64)   not null,
    private_key varchar(4000) not null,
    public_key  varchar(1000) not null,
    created_at  timestamp(3)  not null
);
