-- Who works an encounter on the coding worklist: one coder per encounter, set by a manager or taken by the coder.
-- Kept apart from encounter_coding, which only exists once codes are saved; an encounter is assigned before that.

create table coding_assignment (
    encounter_id uuid primary key references encounter (id),
    practice_id  uuid not null references practice (id),
    coder_id     uuid not null references app_user (id),
    assigned_by  uuid references app_user (id),
    assigned_at  timestamp(6) with time zone not null
);
create index coding_assignment_by_coder on coding_assignment (practice_id, coder_id);
