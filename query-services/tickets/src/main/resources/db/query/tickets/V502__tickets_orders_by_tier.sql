-- A tier's orders, for the reconciliation report's seat balance per tier (and per event through its tiers).
CREATE INDEX tickets_orders_by_tier ON tickets_orders (tier_id);
