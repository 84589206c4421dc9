-- Events a subscription could not handle (a poison event), parked so that it goes on with every other stream, with
-- the later events of the same stream behind them to keep their order. An operator asks for a retry or a skip
-- (requested), which the instance running the subscription carries out; the row then keeps how it was resolved.
create table parked_events (
    subscription_name text        not null,
    global_position   bigint      not null,
    stream_id         text        not null,
    event_id          uuid        not null,
    event_type        text        not null,
    reason            text        not null,
    attempts          int         not null default 1,
    parked_at         timestamptz not null,
    requested         text        check (requested in ('RETRY', 'SKIP')),
    requested_by      text,
    skip_reason       text,
    resolution        text        check (resolution in ('RETRIED', 'SKIPPED', 'REBUILT')),
    resolved_at       timestamptz,
    primary key (subscription_name, global_position)
);

create index parked_events_open on parked_events (subscription_name, stream_id, global_position)
    where resolution is null;

-- A rebuild replays the log up to the head it started at; an event that fails before that point stops it, and why
-- stands beside the checkpoint until a batch moves it again.
alter table subscription_checkpoints
    add column rebuild_until bigint not null default 0,
    add column stopped_reason text;
