-- The first response to a command sent with an Idempotency-Key, replayed to retries with the same key.
create table idempotency_keys (
    request_scope    text        not null,
    idempotency_key  text        not null,
    completed        boolean     not null default false,
    response_status  int,
    response_type    text,
    response_body    text,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    primary key (request_scope, idempotency_key)
);

create index idempotency_keys_expiry on idempotency_keys (expires_at);
