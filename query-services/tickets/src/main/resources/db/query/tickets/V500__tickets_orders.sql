-- Orders as their buyers see them, and the tickets a confirmed order issued.
CREATE TABLE tickets_orders (
    order_id       UUID PRIMARY KEY,
    customer_id    UUID         NOT NULL,
    event_id       UUID         NOT NULL,
    tier_id        UUID         NOT NULL,
    quantity       INTEGER      NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    amount_minor   BIGINT,
    currency       CHAR(3),
    failure_reason TEXT,
    placed_at      TIMESTAMPTZ  NOT NULL
);

CREATE INDEX tickets_orders_by_customer ON tickets_orders (customer_id, placed_at DESC);

CREATE TABLE tickets_order_tickets (
    code     VARCHAR(200) PRIMARY KEY,
    order_id UUID         NOT NULL,
    position INTEGER      NOT NULL
);

CREATE INDEX tickets_order_tickets_by_order ON tickets_order_tickets (order_id, position);
