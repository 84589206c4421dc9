-- Read models of the test-only projection: one row per application, so a double application shows.
create table test_applied_events (
    application_id bigint generated always as identity primary key,
    event_id       uuid   not null,
    stream_id      text   not null,
    stream_version bigint not null
);
create table test_stream_counts (
    stream_id text primary key,
    applied   bigint not null
);
