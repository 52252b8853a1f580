-- A cancelled event stays where it was: a published one is still shown to everyone and listed, now CANCELLED with
-- the moment of its cancellation, while a draft stays its organizer's. Whether an event was ever published is
-- therefore kept apart from its status.
ALTER TABLE events_catalog
    ADD COLUMN published    BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN cancelled_at TIMESTAMPTZ;

UPDATE events_catalog SET published = true WHERE status = 'PUBLISHED';

DROP INDEX events_catalog_published_by_start;
CREATE INDEX events_catalog_published_by_start ON events_catalog (starts_at, event_id) WHERE published;
