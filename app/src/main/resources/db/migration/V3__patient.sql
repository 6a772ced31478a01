-- Patients of a practice and their coverages. practice_id is on every row, so every query can be scoped to the
-- actor's practices without a join, and a distributed database can shard by it.

create table patient (
    id             uuid primary key,
    practice_id    uuid not null references practice (id),
    account_number varchar(24) not null,
    last_name      varchar(60) not null,
    first_name     varchar(35) not null,
    middle_name    varchar(25),
    birth_date     date not null,
    sex            varchar(1) not null check (sex in ('F', 'M', 'U')),
    address_line1  varchar(55) not null,
    address_line2  varchar(55),
    city           varchar(30) not null,
    state          varchar(2) not null,
    zip            varchar(9) not null,
    phone          varchar(20),
    email          varchar(120),
    created_at     timestamp(6) with time zone not null,
    constraint patient_account_per_practice unique (practice_id, account_number)
);
create index patient_by_name on patient (practice_id, last_name, first_name);
create index patient_by_birth_date on patient (practice_id, birth_date);

-- The last account number given in each practice; registrations lock the row, so two never get the same number.
create table patient_account_counter (
    practice_id uuid primary key references practice (id),
    last_number bigint not null
);

create table coverage (
    id                    uuid primary key,
    practice_id           uuid not null references practice (id),
    patient_id            uuid not null references patient (id),
    payer_id              uuid not null references payer (id),
    priority              smallint not null check (priority between 1 and 3),
    member_id             varchar(30) not null,
    group_number          varchar(50),
    relationship          varchar(10) not null check (relationship in ('SELF', 'SPOUSE', 'CHILD', 'OTHER')),
    subscriber_last_name  varchar(60),
    subscriber_first_name varchar(35),
    subscriber_birth_date date,
    effective_from        date not null,
    effective_to          date,
    created_at            timestamp(6) with time zone not null,
    constraint coverage_dates check (effective_to is null or effective_to >= effective_from)
);
create index coverage_by_patient on coverage (patient_id, priority);
