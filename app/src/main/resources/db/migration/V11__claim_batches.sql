-- Claim batches: the 837P files written from READY claims, kept as sent, and the control numbers they were given.
--
-- X12 wants an interchange control number (ISA13) never reused between one sender and one receiver. The counter is
-- kept per sender (ISA06, the submitter id a receiver assigned), whatever the receiver: a number is then unique for
-- every pair that sender forms, even when two practices share the submitter id of their clearinghouse account.
-- A batch takes its numbers by updating the sender's row, which holds the row lock until the batch commits, so two
-- nodes batching at once never hand out the same number, and a batch that rolls back gives its numbers back.
create table x12_control_number (
    sender_id    varchar(15) primary key,
    last_issued  bigint      not null check (last_issued between 0 and 999999999)
);

-- One row per file (one payer or clearinghouse); the claims of the file carry its id as their batch_id. The file is
-- kept gzip-compressed, with the sha256 of the bytes as written, so the exact file sent can be produced again.
create table claim_batch_file (
    id            uuid primary key,
    practice_id   uuid not null references practice (id),
    payer_id      varchar(80)  not null,
    payer_name    varchar(100) not null,
    sender_id     varchar(15)  not null,
    receiver_id   varchar(15)  not null,
    file_name     varchar(200) not null,
    isa13         varchar(9)   not null,
    gs06          varchar(9)   not null,
    st02          varchar(9)   not null,
    production    boolean      not null,
    claim_count   integer      not null check (claim_count > 0),
    total_charge  numeric(12,2) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    content_gzip  bytea        not null,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(100) not null,
    constraint claim_batch_file_one_isa13_per_pair unique (sender_id, receiver_id, isa13)
);
create index claim_batch_file_by_practice on claim_batch_file (practice_id, created_at);
