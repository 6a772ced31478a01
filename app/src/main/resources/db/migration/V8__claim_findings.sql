-- The findings of the last scrub of each claim, each routed to the role that must act on it (CODER or BILLER).
-- A re-scrub replaces a claim's rows. An ERROR blocks the claim until fixed or overridden; an override keeps who,
-- when and why on the finding itself (and the audit log records it).

create table claim_finding (
    id              uuid primary key,
    claim_id        uuid not null references claim (id),
    practice_id     uuid not null references practice (id),
    position        smallint not null,
    rule_id         varchar(60) not null,
    severity        varchar(10) not null,
    line_number     smallint,
    codes           varchar(200) not null,
    message         varchar(2000) not null,
    ref_table       varchar(200) not null,
    ref_release     varchar(100) not null,
    ref_row         varchar(500) not null,
    route           varchar(10) not null check (route in ('CODER', 'BILLER')),
    scrubbed_at     timestamp(6) with time zone not null,
    overridden_by   varchar(100),
    overridden_at   timestamp(6) with time zone,
    override_reason varchar(500)
);
create index claim_finding_by_claim on claim_finding (claim_id, position);
create index claim_finding_by_route on claim_finding (practice_id, route);
