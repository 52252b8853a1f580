-- The test card a charge was made with decides how its refund goes; charges made before refunds existed have none
-- and refund like an ordinary approved card.
ALTER TABLE payments_simulated_charges ADD COLUMN test_card VARCHAR(32);

-- One refund per charge, under its refund key. Failed attempts are counted here, so that a restart does not reset a
-- card's scripted failures; the reference is set once the money is back, and answered to every repeat.
CREATE TABLE payments_simulated_refunds (
    refund_key      VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL REFERENCES payments_simulated_charges (idempotency_key),
    failed_attempts INTEGER      NOT NULL,
    reference       VARCHAR(64),
    amount_minor    BIGINT       NOT NULL,
    currency        VARCHAR(3)   NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    refunded_at     TIMESTAMPTZ,
    PRIMARY KEY (refund_key),
    UNIQUE (idempotency_key)
);
