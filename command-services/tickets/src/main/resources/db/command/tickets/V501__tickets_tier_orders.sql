-- Each tier's confirmed orders, written with the confirmation: an event's cancellation pages through them to cancel
-- and refund every one. Rows stay when an order is cancelled later (cancelling it again changes nothing).
CREATE TABLE tickets_tier_orders (
    tier_id  UUID NOT NULL,
    order_id UUID NOT NULL,
    PRIMARY KEY (tier_id, order_id)
);
