-- Every entry of every tier's waiting list, as its customer sees it: waiting (its place is counted from the entries
-- waiting before it, by number), offered a seat until offer_expires_at, or ended (purchased with order_id, expired,
-- left, or ended with the tier's sales).
CREATE TABLE tickets_waiting_list (
    entry_id         UUID PRIMARY KEY,
    tier_id          UUID        NOT NULL,
    event_id         UUID        NOT NULL,
    customer_id      UUID        NOT NULL,
    number           INTEGER     NOT NULL,
    status           VARCHAR(20) NOT NULL,
    joined_at        TIMESTAMPTZ NOT NULL,
    offer_id         UUID,
    offer_expires_at TIMESTAMPTZ,
    order_id         UUID
);

-- a customer's latest entry of a tier
CREATE INDEX tickets_waiting_list_by_customer ON tickets_waiting_list (tier_id, customer_id, number DESC);
-- a waiting entry's place
CREATE INDEX tickets_waiting_list_waiting ON tickets_waiting_list (tier_id, number) WHERE status = 'WAITING';
