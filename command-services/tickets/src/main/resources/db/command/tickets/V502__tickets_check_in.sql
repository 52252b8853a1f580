-- Each event's Ed25519 check-in key pair: the public key (X.509 SubjectPublicKeyInfo) in clear, the private key
-- (PKCS#8) sealed with AES-256-GCM under a key derived from the platform secret. Made the first time a ticket of the
-- event is signed or its key is asked for; never changed. Never in an event: events are relayed to the broker.
CREATE TABLE tickets_check_in_keys (
    event_id           UUID PRIMARY KEY,
    public_key         BYTEA       NOT NULL,
    sealed_private_key BYTEA       NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every issued ticket code and its order, written with the order's confirmation: a door scans a code, and its
-- check-in is a command to that order (routed by tier). The primary key keeps codes unique across all orders.
CREATE TABLE tickets_issued_tickets (
    code     TEXT PRIMARY KEY,
    order_id UUID NOT NULL,
    tier_id  UUID NOT NULL,
    event_id UUID NOT NULL
);

-- An event's check-in key is handed out only for an event the tickets context knows.
CREATE INDEX tickets_tiers_by_event ON tickets_tiers (event_id);
