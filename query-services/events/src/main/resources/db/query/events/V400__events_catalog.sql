-- The public event catalog. Times keep their original UTC offset beside the instant, so an event is shown in the
-- time zone it was announced in.
CREATE TABLE events_catalog (
    event_id          UUID PRIMARY KEY,
    organizer_user_id UUID         NOT NULL,
    name              TEXT         NOT NULL,
    type              VARCHAR(20)  NOT NULL,
    description       TEXT,
    tags              TEXT[]       NOT NULL,
    venue_name        TEXT         NOT NULL,
    venue_address     TEXT         NOT NULL,
    venue_city        TEXT         NOT NULL,
    starts_at         TIMESTAMPTZ  NOT NULL,
    starts_at_offset  INTEGER      NOT NULL,
    ends_at           TIMESTAMPTZ  NOT NULL,
    ends_at_offset    INTEGER      NOT NULL,
    vendor_ids        UUID[]       NOT NULL,
    status            VARCHAR(20)  NOT NULL
);

CREATE INDEX events_catalog_published_by_start ON events_catalog (starts_at, event_id) WHERE status = 'PUBLISHED';

-- One row per ticket tier; remaining is copied from the latest seat event, which states it absolutely.
CREATE TABLE events_tiers (
    tier_id         UUID PRIMARY KEY,
    event_id        UUID         NOT NULL,
    position        INTEGER      NOT NULL,
    name            TEXT         NOT NULL,
    price_minor     BIGINT       NOT NULL,
    currency        CHAR(3)      NOT NULL,
    capacity        INTEGER      NOT NULL,
    per_order_limit INTEGER      NOT NULL,
    remaining       INTEGER      NOT NULL,
    on_sale         BOOLEAN      NOT NULL
);

CREATE INDEX events_tiers_by_event ON events_tiers (event_id, position);
