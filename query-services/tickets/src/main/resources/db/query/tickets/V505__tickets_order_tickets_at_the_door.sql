-- A ticket's signed QR payload (from TicketsSigned) and the time of its first scan at the door (TicketCheckedIn).
ALTER TABLE tickets_order_tickets
    ADD COLUMN qr_payload    TEXT,
    ADD COLUMN checked_in_at TIMESTAMPTZ;
