-- Claims: what is billed, their diagnoses in order, their service lines, and every move of their lifecycle.
-- practice_id is on every row (as on patient and encounter), so every query is scoped to the actor's practices
-- without a join. Amounts are numeric(12,2) (Money); nothing here is ever deleted.

create table claim (
    id                    uuid primary key,
    practice_id           uuid not null references practice (id),
    patient_id            uuid not null references patient (id),
    encounter_id          uuid references encounter (id),
    payer_id              uuid not null references payer (id),
    coverage_id           uuid not null references coverage (id),
    rendering_provider_id uuid not null references provider (id),
    billing_provider_id   uuid references provider (id),
    place_of_service      varchar(2) not null,
    frequency             varchar(1) not null check (frequency in ('1', '7', '8')),
    original_claim_id     uuid references claim (id),
    status                varchar(20) not null,
    total_charge          numeric(12,2) not null,
    first_service_date    date not null,
    batch_id              uuid,
    payer_claim_number    varchar(50),
    accepted_at           timestamp(6) with time zone,
    version               integer not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    constraint claim_original_for_follow_ups check ((frequency = '1') = (original_claim_id is null))
);
create index claim_by_status on claim (practice_id, status, created_at);
create index claim_by_original on claim (original_claim_id);
create index claim_by_batch on claim (batch_id);

create table claim_diagnosis (
    claim_id    uuid not null references claim (id),
    practice_id uuid not null references practice (id),
    pointer     smallint not null check (pointer between 1 and 12),
    code        varchar(8) not null,
    primary key (claim_id, pointer)
);

create table claim_line (
    claim_id     uuid not null references claim (id),
    practice_id  uuid not null references practice (id),
    line_number  smallint not null check (line_number between 1 and 50),
    procedure_code varchar(5) not null,
    modifier1    varchar(2),
    modifier2    varchar(2),
    modifier3    varchar(2),
    modifier4    varchar(2),
    units        numeric(8,3) not null check (units > 0),
    charge       numeric(12,2) not null check (charge >= 0),
    pointer1     smallint not null check (pointer1 between 1 and 12),
    pointer2     smallint check (pointer2 between 1 and 12),
    pointer3     smallint check (pointer3 between 1 and 12),
    pointer4     smallint check (pointer4 between 1 and 12),
    service_date date not null,
    primary key (claim_id, line_number)
);

create table claim_transition (
    claim_id    uuid not null references claim (id),
    practice_id uuid not null references practice (id),
    step        integer not null,
    from_status varchar(20),
    to_status   varchar(20) not null,
    action      varchar(20) not null,
    changed_by  varchar(100) not null,
    changed_at  timestamp(6) with time zone not null,
    reason      varchar(500),
    primary key (claim_id, step)
);
