-- The audit trail: append-only, numbered 1, 2, 3... without gaps; each row's hash covers its content and the
-- previous row's hash (see AuditChain). The head row is locked by every append, which serialises appends across
-- nodes and records the last event, so rows removed from the end are detected too.
-- No foreign keys: the trail outlives what it mentions and must never block or be blocked by other tables.

create table audit_event (
    seq            bigint primary key,
    occurred_at    timestamp(6) with time zone not null,
    company_id     uuid,
    practice_id    uuid,
    actor_id       uuid,
    actor_name     varchar(100) not null,
    action         varchar(30) not null,
    entity_type    varchar(40) not null,
    entity_id      varchar(64),
    patient_id     uuid,
    outcome        varchar(20) not null,
    client_address varchar(64),
    detail         varchar(200),
    prev_hash      varchar(64) not null,
    hash           varchar(64) not null
);
create index audit_by_practice on audit_event (practice_id, seq);
create index audit_by_actor on audit_event (actor_id, seq);
create index audit_by_patient on audit_event (patient_id, seq);
create index audit_by_time on audit_event (occurred_at);

create table audit_chain_head (
    id        smallint primary key check (id = 1),
    last_seq  bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
