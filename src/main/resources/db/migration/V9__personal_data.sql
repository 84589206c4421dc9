-- Personal data (UU PDP 27/2022) is sealed in the log with each data subject's own key; destroying the key erases
-- it. A destroyed key's row stays, without the key, so that none is ever made again for that subject.
create table data_keys (
    subject       uuid primary key,
    wrapped       bytea,
    -- The key-encryption key's version that wrapped it: rotation rewraps the others.
    wrapped_under text,
    created_at    timestamptz not null,
    destroyed_at  timestamptz
);
create index data_keys_to_rewrap on data_keys (wrapped_under) where wrapped is not null;

-- Whose personal data an event holds sealed: null for an event without any.
alter table events add column data_subject uuid;

-- Uniqueness by keyed digests (HMAC with a secret pepper) instead of the values. The platform is not yet in
-- production: reservations made in clear by a local run before this are dropped, not carried over.
drop table participant_emails;
drop table participant_niks;
drop table family_card_members;

create table participant_email_digests (
    digest         text primary key,
    participant_id uuid not null
);

create table participant_nik_digests (
    digest         text primary key,
    participant_id uuid not null
);

create table family_card_digests (
    digest         text not null,
    participant_id uuid not null,
    primary key (digest, participant_id)
);

-- Read models keep only what their queries need: the province is kept, the NIK it came from is not.
alter table participant_overview drop column nik;
alter table participant_overview alter column email drop not null;
