-- Event management: an event's images, and the moment its sales closed (by its organizer or at its start). A tier of
-- an event whose sales closed never shows as on sale again, whatever order its own events arrive in.
ALTER TABLE events_catalog
    ADD COLUMN image_urls      TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN sales_closed_at TIMESTAMPTZ;

-- A tier's sale window, if it has one: buyers see when it sells.
ALTER TABLE events_tiers
    ADD COLUMN sales_start_at TIMESTAMPTZ,
    ADD COLUMN sales_end_at   TIMESTAMPTZ;
