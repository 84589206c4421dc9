-- An append as one statement: the stream's lock, the version check and the insert in one call, instead of a lock and
-- an insert sent side by side (two statements per append, each parsed, bound and executed; #24 counts them).
-- In a volatile PL/pgSQL function every statement takes a new snapshot, so the insert's read of the stream's version
-- sees every writer the lock waited for, as the separate statements did. The first append of a new stream skips the
-- lock (p_lock false): a second writer of the same new stream conflicts on the unique version.
create function append_events(
    p_stream_id text,
    p_expected_version bigint,
    p_lock boolean,
    p_event_ids uuid[],
    p_event_types text[],
    p_payloads text[],
    p_metadata text[],
    p_recorded_at timestamptz,
    p_data_subjects uuid[])
returns table (global_position bigint, stream_version bigint)
language plpgsql volatile as $$
#variable_conflict use_column
begin
    if p_lock then
        perform pg_advisory_xact_lock(hashtextextended(p_stream_id, 0));
    end if;
    return query
        insert into events as appended (stream_id, stream_version, event_id, event_type, payload, metadata,
                                        recorded_at, data_subject)
        select p_stream_id, current_stream.version + e.ordinal, e.event_id, e.event_type, e.payload::jsonb,
               e.metadata::jsonb, p_recorded_at, e.data_subject
        from (select coalesce(max(existing.stream_version), 0) as version
              from events existing where existing.stream_id = p_stream_id) current_stream,
             unnest(p_event_ids, p_event_types, p_payloads, p_metadata, p_data_subjects)
                 with ordinality as e(event_id, event_type, payload, metadata, data_subject, ordinal)
        where p_expected_version is null or current_stream.version = p_expected_version
        returning appended.global_position, appended.stream_version;
end;
$$;
