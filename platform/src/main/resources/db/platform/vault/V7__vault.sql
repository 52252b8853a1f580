-- Secrets kept out of the events (ADR 30): events and the messages relayed from them carry a reference, the secret
-- stays here, sealed with AES-256-GCM under command-services' sealing secret, until it is purged.
create table vault_secrets (
    reference text primary key,
    sealed bytea not null,
    kept_at timestamptz not null default now()
);

create index vault_secrets_kept_at on vault_secrets (kept_at);
