-- Idempotency keys of the REST API: a program that POSTs with an Idempotency-Key header and retries (a timeout, a
-- dropped connection) gets the first answer again instead of a second encounter, claim or batch.
--
-- A key is the caller's, so it is scoped to the user who sent it (and their company): two users never collide. The
-- row is reserved (status 0) before the work runs, so two requests with one key at once cannot both do it; the work's
-- answer (status and JSON body) is stored when it succeeds, and the reservation removed when it is refused.
create table idempotency_key (
    company_id      uuid,
    user_id         uuid          not null,
    idem_key        varchar(200)  not null,
    operation       varchar(200)  not null,
    request_sha256  varchar(64)   not null,
    response_status integer       not null,
    resource_id     varchar(100),
    response_body   varchar(1000000),
    created_at      timestamp(6) with time zone not null,
    primary key (user_id, idem_key)
);
