-- The coding of an encounter: its diagnoses in order (ICD-10-CM, stored upper-case with the dot, "E11.9"), its
-- service lines pointing to them, who coded it and whether it is finished (DONE: made into a claim, claim_id).
-- practice_id is on every row, as on encounter and claim, so every query is scoped without a join.

create table encounter_coding (
    encounter_id uuid primary key references encounter (id),
    practice_id  uuid not null references practice (id),
    status       varchar(20) not null check (status in ('IN_PROGRESS', 'DONE')),
    coder_id     uuid references app_user (id),
    claim_id     uuid references claim (id),
    updated_at   timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone
);
create index encounter_coding_by_practice on encounter_coding (practice_id, status);

create table encounter_coding_diagnosis (
    encounter_id uuid not null references encounter_coding (encounter_id),
    practice_id  uuid not null references practice (id),
    pointer      smallint not null check (pointer between 1 and 12),
    code         varchar(8) not null,
    primary key (encounter_id, pointer)
);

create table encounter_coding_line (
    encounter_id   uuid not null references encounter_coding (encounter_id),
    practice_id    uuid not null references practice (id),
    line_number    smallint not null check (line_number between 1 and 50),
    procedure_code varchar(5) not null,
    modifier1      varchar(2),
    modifier2      varchar(2),
    modifier3      varchar(2),
    modifier4      varchar(2),
    units          numeric(8,3) not null check (units > 0),
    pointer1       smallint not null check (pointer1 between 1 and 12),
    pointer2       smallint check (pointer2 between 1 and 12),
    pointer3       smallint check (pointer3 between 1 and 12),
    pointer4       smallint check (pointer4 between 1 and 12),
    service_date   date,
    primary key (encounter_id, line_number)
);
