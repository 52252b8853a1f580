-- The simulated provider's memory, as a real provider keeps one: one charge decision per idempotency key.
CREATE TABLE payments_simulated_charges (
    idempotency_key VARCHAR(255) NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,
    reference       VARCHAR(64),
    reason          VARCHAR(255),
    amount_minor    BIGINT       NOT NULL,
    currency        VARCHAR(3)   NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (idempotency_key)
);
