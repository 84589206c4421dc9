-- Banks and e-wallets that pay incentives; a new one is a row.
create table payout_providers (
    code            text primary key,
    name            text not null,
    type            text not null,
    account_pattern text not null
);

insert into payout_providers (code, name, type, account_pattern) values
    ('BNI', 'Bank Negara Indonesia', 'BANK', '\d{10}'),
    ('BCA', 'Bank Central Asia', 'BANK', '\d{10}'),
    ('BRI', 'Bank Rakyat Indonesia', 'BANK', '\d{15}'),
    ('MANDIRI', 'Bank Mandiri', 'BANK', '\d{13}'),
    ('OVO', 'OVO', 'EWALLET', '08\d{8,11}'),
    ('GOPAY', 'GoPay', 'EWALLET', '08\d{8,11}'),
    ('DANA', 'DANA', 'EWALLET', '08\d{8,11}'),
    ('LINKAJA', 'LinkAja', 'EWALLET', '08\d{8,11}');

-- Routes the partner's results to the participant; written with the request, in its transaction.
create table disbursements (
    disbursement_id uuid primary key,
    participant_id  uuid not null,
    installment     int  not null
);

create table incentive_installments (
    participant_id  uuid        not null,
    installment     int         not null,
    due_at          timestamptz not null,
    amount          bigint      not null,
    status          text        not null,
    disbursement_id uuid,
    attempt         int         not null default 0,
    provider        text,
    reference       text,
    failure_reason  text,
    paid_at         timestamptz,
    updated_at      timestamptz not null,
    primary key (participant_id, installment)
);

create index incentive_installments_due on incentive_installments (due_at)
    where status in ('SCHEDULED', 'RETRY_READY');

create table clawbacks (
    participant_id uuid primary key,
    amount         bigint      not null,
    due_at         timestamptz not null,
    recorded_at    timestamptz not null
);
