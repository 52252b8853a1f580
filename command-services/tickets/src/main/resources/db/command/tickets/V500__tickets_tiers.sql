-- Which tiers the tickets context knows and the event each belongs to: orders are checked against it before a
-- PlaceOrder exists, and a repeated RegisterTier finds its row. Written with the TierRegistered event.
CREATE TABLE tickets_tiers (
    tier_id  UUID PRIMARY KEY,
    event_id UUID NOT NULL
);
