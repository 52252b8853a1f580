-- Login data and the set-based rule "one account per email, case-insensitively", written in the same
-- transaction as the events of the User aggregate.
create table users_credentials (
    user_id       uuid primary key,
    email_lower   text        not null unique,
    email         text        not null,
    password_hash text        not null,
    roles         text[]      not null default '{CUSTOMER}',
    created_at    timestamptz not null default now()
);

-- Only the SHA-256 of a refresh token is kept: a leaked table yields no usable token.
create table users_refresh_tokens (
    token_hash text primary key,
    user_id    uuid        not null references users_credentials (user_id),
    expires_at timestamptz not null,
    revoked_at timestamptz
);

create index users_refresh_tokens_user on users_refresh_tokens (user_id);
