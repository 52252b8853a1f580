-- Integration events already handled, per consumer: a redelivered message is recognised and dropped.
CREATE TABLE inbox (
    consumer    VARCHAR(128) NOT NULL,
    message_id  VARCHAR(64)  NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, message_id)
);
