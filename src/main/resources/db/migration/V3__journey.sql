-- Uniqueness across participant streams, reserved in the transaction that appends the deciding event.
create table participant_emails (
    email          text primary key,
    participant_id uuid not null
);

create table participant_niks (
    nik            text primary key,
    participant_id uuid not null
);

create table family_card_members (
    kk_number      text not null,
    participant_id uuid not null,
    primary key (kk_number, participant_id)
);

-- Messages from partners already turned into commands: a redelivery is recognised by its id.
create table inbound_messages (
    source      text        not null,
    message_id  text        not null,
    received_at timestamptz not null,
    primary key (source, message_id)
);

create sequence card_number_seq;

-- Read models of the participant journey.
create table participant_overview (
    participant_id       uuid primary key,
    status               text        not null,
    status_before_freeze text,
    email                text        not null,
    full_name            text,
    nik                  text,
    province_code        text,
    batch_id             uuid,
    card_number          text,
    scheme               text,
    balance              bigint      not null default 0,
    purchase_deadline    timestamptz,
    reminder_sent        boolean     not null default false,
    registered_at        timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null
);

create index participant_overview_card_deadline on participant_overview (purchase_deadline)
    where status = 'CARD_ISSUED';
create index participant_overview_batch on participant_overview (batch_id);

create table participant_timeline (
    participant_id uuid        not null,
    version        bigint      not null,
    event_type     text        not null,
    occurred_at    timestamptz not null,
    summary_id     text        not null,
    summary_en     text        not null,
    primary key (participant_id, version)
);

create table batch_overview (
    batch_id   uuid primary key,
    name       text        not null,
    quota      int         not null,
    opens_at   timestamptz not null,
    closes_at  timestamptz not null,
    status     text        not null,
    applicants int         not null default 0,
    selected   int         not null default 0,
    version    bigint      not null
);
