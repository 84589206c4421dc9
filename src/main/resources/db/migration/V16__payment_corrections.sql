-- Second payments the partner reported for an installment already paid (money to recover), and every attempt to pay
-- an installment, so that a failure stays visible after the retry that paid it.
alter table incentive_installments add column duplicate_payments int not null default 0;

create table disbursement_attempts (
    disbursement_id uuid primary key,
    participant_id  uuid        not null,
    installment     int         not null,
    attempt         int         not null,
    amount          bigint      not null,
    provider        text,
    status          text        not null,
    reason          text,
    requested_at    timestamptz not null,
    settled_at      timestamptz
);

create index disbursement_attempts_by_request on disbursement_attempts (requested_at);
