-- The grievance queue and report: one row per grievance, without what anyone wrote (that stays sealed in its stream).
create table grievances (
    grievance_id   uuid primary key,
    participant_id uuid,
    category       text        not null,
    team           text        not null,
    sensitive      boolean     not null,
    status         text        not null,
    filed_at       timestamptz not null,
    due_at         timestamptz not null,
    assigned_to    uuid,
    escalated      boolean     not null default false,
    resolved_at    timestamptz,
    closed_at      timestamptz,
    updated_at     timestamptz not null,
    version        bigint      not null
);

create index grievances_queue on grievances (sensitive, status, due_at);
create index grievances_by_participant on grievances (participant_id, filed_at desc) where participant_id is not null;
create index grievances_by_filing on grievances (filed_at);
