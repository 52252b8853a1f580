-- The purchase's safety net (saga-orchestrator) looks for paid orders still reserved or expired: few among all orders.
CREATE INDEX tickets_orders_unsettled ON tickets_orders (placed_at) WHERE status IN ('RESERVED', 'EXPIRED');
