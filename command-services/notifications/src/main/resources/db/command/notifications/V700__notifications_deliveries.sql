-- Notifications whose email the mail server accepted, written with the delivery record: a redelivered request
-- finds its row and sends no second email.
CREATE TABLE notifications_deliveries (
    notification_id UUID        NOT NULL,
    delivered_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (notification_id)
);
