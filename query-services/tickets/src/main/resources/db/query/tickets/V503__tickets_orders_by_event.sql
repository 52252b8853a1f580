-- An event's orders, for its refund progress after a cancellation and the reconciliation report of one event. The
-- event id of an order never changes, so the index costs the status updates of a purchase nothing.
CREATE INDEX tickets_orders_by_event ON tickets_orders (event_id);
