-- Every notification and where its delivery stands.
CREATE TABLE notifications_log (
    id                UUID         NOT NULL,
    recipient_user_id UUID         NOT NULL,
    recipient_email   VARCHAR(320) NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    subject_id        UUID         NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    failure_reason    VARCHAR(1024),
    requested_at      TIMESTAMPTZ  NOT NULL,
    delivered_at      TIMESTAMPTZ,
    failed_at         TIMESTAMPTZ,
    PRIMARY KEY (id)
);
CREATE INDEX notifications_log_recipient_idx ON notifications_log (recipient_user_id, requested_at DESC);
CREATE INDEX notifications_log_subject_idx ON notifications_log (subject_id, requested_at DESC);
