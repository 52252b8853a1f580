-- After the sale: when an order was cancelled and why, when its money went back and how much; a ticket of a cancelled
-- or refunded order no longer admits anyone, and check-in asks the ticket itself.
ALTER TABLE tickets_orders
    ADD COLUMN cancelled_at          TIMESTAMPTZ,
    ADD COLUMN cancellation_reason   VARCHAR(40),
    ADD COLUMN refunded_at           TIMESTAMPTZ,
    ADD COLUMN refunded_amount_minor BIGINT;

ALTER TABLE tickets_order_tickets ADD COLUMN valid BOOLEAN NOT NULL DEFAULT true;

-- A customer's orders, newest first; the id breaks ties between orders placed in the same instant, so that pages
-- never overlap, and the index serves the whole sort.
DROP INDEX tickets_orders_by_customer;
CREATE INDEX tickets_orders_by_customer_newest_first ON tickets_orders (customer_id, placed_at DESC, order_id);
