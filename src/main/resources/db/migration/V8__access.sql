-- Sign-in: refresh tokens (digests only), guessing limits, and the operators' accounts by e-mail.

create table refresh_tokens (
    token_digest text primary key,
    -- Every token rotated out of one sign-in shares its family: a reused token revokes the family.
    family_id uuid not null,
    account_kind text not null,
    account_id uuid not null,
    issued_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz,
    revoked_at timestamptz
);
create index refresh_tokens_family on refresh_tokens (family_id);
create index refresh_tokens_account on refresh_tokens (account_id);
create index refresh_tokens_expiry on refresh_tokens (expires_at);

create table throttles (
    key text primary key,
    failures integer not null,
    lockouts integer not null,
    locked_until timestamptz,
    last_failure_at timestamptz not null
);
create index throttles_last_failure on throttles (last_failure_at);

-- Written in the transaction of the operator stream's append: the e-mail is unique among operators.
create table operator_accounts (
    operator_id uuid primary key,
    email text not null unique,
    roles text[] not null,
    disabled boolean not null
);
