-- The event log: the source of truth. Positions come from a sequence and are handed out before commit, so
-- readers order by (transaction_id, global_position) and stay below the oldest running transaction; see
-- EventLogReader for why that never skips an event.
create table events (
    global_position bigint generated always as identity primary key,
    stream_id       text        not null,
    stream_version  bigint      not null,
    event_id        uuid        not null,
    event_type      text        not null,
    payload         jsonb       not null,
    metadata        jsonb       not null,
    transaction_id  xid8        not null default pg_current_xact_id(),
    recorded_at     timestamptz not null,
    constraint events_stream_version_unique unique (stream_id, stream_version),
    constraint events_event_id_unique unique (event_id),
    constraint events_stream_version_positive check (stream_version > 0)
);

create index events_commit_order on events (transaction_id, global_position);

-- One notification per appending statement wakes every subscription; it is delivered at commit.
create function events_notify_appended() returns trigger language plpgsql as $$
begin
    perform pg_notify('events_appended', '');
    return null;
end;
$$;

create trigger events_appended
    after insert on events
    for each statement execute function events_notify_appended();

-- Where each subscription (projection, relay, process manager) has got to in commit order.
create table subscription_checkpoints (
    subscription_name text primary key,
    transaction_id    xid8        not null default '0'::xid8,
    global_position   bigint      not null default 0,
    updated_at        timestamptz not null default now()
);
