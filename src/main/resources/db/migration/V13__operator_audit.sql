-- Every event an operator's command appended, for the audit trail: who (the account and the roles it acted in), what
-- (the stored event type), when, and to whom (the stream's entity; the participant when it is one). The roles the
-- operator acted in and the command's reason stay in the event and are read from the log with the entry, so this table
-- holds no free text and the log's readers decode nothing more for it.
create table operator_audit (
    global_position bigint primary key,
    recorded_at     timestamptz not null,
    actor           text        not null,
    event_type      text        not null,
    stream_id       text        not null,
    category        text        not null,
    entity_id       text        not null,
    participant_id  uuid,
    correlation_id  text
);

create index operator_audit_by_actor on operator_audit (actor, global_position desc);
create index operator_audit_by_participant on operator_audit (participant_id, global_position desc)
    where participant_id is not null;
create index operator_audit_by_time on operator_audit (recorded_at, global_position desc);
