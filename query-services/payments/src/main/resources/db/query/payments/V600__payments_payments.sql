-- Payments as their customers and operators see them.
CREATE TABLE payments_payments (
    id                 UUID         NOT NULL,
    order_id           UUID         NOT NULL,
    customer_id        UUID         NOT NULL,
    amount             BIGINT       NOT NULL,
    currency           VARCHAR(3)   NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    reason             VARCHAR(255),
    provider_reference VARCHAR(64),
    updated_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX payments_payments_order_idx ON payments_payments (order_id);
