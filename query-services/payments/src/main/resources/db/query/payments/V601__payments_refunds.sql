-- A customer's payments, newest first: by when each was requested (updated_at moves when a payment settles). Rows
-- from before this column take their last change as the closest time known; a replay sets the request time exactly.
ALTER TABLE payments_payments ADD COLUMN requested_at TIMESTAMPTZ;
UPDATE payments_payments SET requested_at = updated_at;
ALTER TABLE payments_payments ALTER COLUMN requested_at SET NOT NULL;
CREATE INDEX payments_payments_customer_idx ON payments_payments (customer_id, requested_at DESC, id DESC);

-- The refund of a payment: absent (refund_requested_at null) until one is requested.
ALTER TABLE payments_payments
    ADD COLUMN refund_reason       VARCHAR(255),
    ADD COLUMN refund_attempts     INTEGER,
    ADD COLUMN refund_last_failure VARCHAR(255),
    ADD COLUMN refund_requested_at TIMESTAMPTZ,
    ADD COLUMN refunded_amount     BIGINT,
    ADD COLUMN refund_reference    VARCHAR(64),
    ADD COLUMN refunded_at         TIMESTAMPTZ;
