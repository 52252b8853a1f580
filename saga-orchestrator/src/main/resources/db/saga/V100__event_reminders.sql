-- Who was reminded of which event: the reminder rounds skip them, so that a restart or a second replica never mails
-- anyone twice (the notification's id, derived from event and user, guards the mail itself as well).
CREATE TABLE event_reminders_sent (
    event_id    UUID        NOT NULL,
    customer_id UUID        NOT NULL,
    reminded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id, customer_id)
);
