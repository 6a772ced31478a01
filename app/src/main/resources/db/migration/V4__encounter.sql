create table encounter (
    id               uuid primary key,
    practice_id      uuid not null references practice (id),
    patient_id       uuid not null references patient (id),
    provider_id      uuid not null references provider (id),
    location_id      uuid not null references location (id),
    date_of_service  date not null,
    place_of_service varchar(2) not null,
    reason           varchar(200) not null,
    status           varchar(30) not null,
    created_at       timestamp(6) with time zone not null
);
create index encounter_by_patient on encounter (patient_id, date_of_service);
create index encounter_by_practice on encounter (practice_id, date_of_service);
