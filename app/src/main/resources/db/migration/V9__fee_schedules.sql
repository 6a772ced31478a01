-- Fee schedules: which schedule prices a practice's charges, per payer (payer_key = the payer's id) or by default
-- (payer_key = 'DEFAULT'), and the rows of flat price lists. Runs on PostgreSQL and on H2 in PostgreSQL mode.

create table fee_schedule (
    id          uuid primary key,
    practice_id uuid not null references practice (id),
    payer_id    uuid references payer (id),
    payer_key   varchar(36) not null,
    name        varchar(100) not null,
    kind        varchar(20) not null check (kind in ('MEDICARE_MPFS', 'FLAT')),
    mac         varchar(5),
    locality    varchar(2),
    percent     numeric(7,2),
    updated_at  timestamp(6) with time zone not null,
    constraint fee_schedule_per_practice_payer unique (practice_id, payer_key),
    constraint fee_schedule_mpfs_terms check (
        kind <> 'MEDICARE_MPFS' or (mac is not null and locality is not null and percent > 0))
);

create table fee_schedule_price (
    schedule_id uuid not null references fee_schedule (id),
    procedure   varchar(5) not null,
    modifier    varchar(2) not null,
    price       numeric(12,2) not null check (price >= 0),
    primary key (schedule_id, procedure, modifier)
);
