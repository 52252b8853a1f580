-- Provider events received by webhook and applied, so that a replayed event changes nothing. Only signed events that
-- passed their checks are written here.
CREATE TABLE payments_webhook_events (
    provider    VARCHAR(64)  NOT NULL,
    event_id    VARCHAR(255) NOT NULL,
    type        VARCHAR(64)  NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (provider, event_id)
);
