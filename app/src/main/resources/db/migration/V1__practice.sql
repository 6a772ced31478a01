-- Billing companies, their client practices (the tenants), providers, locations and payers.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode: portable types only (varchar, not text).

create table company (
    id         uuid primary key,
    name       varchar(200) not null,
    created_at timestamp(6) with time zone not null
);

create table practice (
    id            uuid primary key,
    company_id    uuid not null references company (id),
    code          varchar(12) not null unique,
    name          varchar(200) not null,
    npi           varchar(10) not null,
    tax_id        varchar(9) not null,
    taxonomy      varchar(10) not null,
    address_line1 varchar(55) not null,
    address_line2 varchar(55),
    city          varchar(30) not null,
    state         varchar(2) not null,
    zip           varchar(9) not null,
    created_at    timestamp(6) with time zone not null
);
create index practice_company on practice (company_id);

create table provider (
    id          uuid primary key,
    practice_id uuid not null references practice (id),
    npi         varchar(10) not null,
    first_name  varchar(35) not null,
    last_name   varchar(60) not null,
    credential  varchar(20) not null,
    taxonomy    varchar(10) not null,
    specialty   varchar(100) not null,
    constraint provider_npi_per_practice unique (practice_id, npi)
);

create table location (
    id               uuid primary key,
    practice_id      uuid not null references practice (id),
    name             varchar(100) not null,
    place_of_service varchar(2) not null,
    address_line1    varchar(55) not null,
    address_line2    varchar(55),
    city             varchar(30) not null,
    state            varchar(2) not null,
    zip              varchar(9) not null
);
create index location_practice on location (practice_id);

create table payer (
    id                 uuid primary key,
    company_id         uuid not null references company (id),
    code               varchar(20) not null,
    name               varchar(100) not null,
    kind               varchar(20) not null check (kind in ('MEDICARE', 'MEDICAID', 'COMMERCIAL', 'OTHER')),
    electronic_id      varchar(20) not null,
    timely_filing_days integer not null check (timely_filing_days > 0),
    constraint payer_code_per_company unique (company_id, code)
);
