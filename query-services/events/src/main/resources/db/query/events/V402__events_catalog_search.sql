-- Catalog search: full text over name, tags, venue and description (in that order of weight), English stemming so
-- that "concerts" finds "concert". The tags are joined by a function declared immutable (array_to_string is only
-- stable in general, but is immutable for text), so that the text vector can be a stored generated column.
CREATE FUNCTION events_catalog_words(words TEXT[]) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT array_to_string(words, ' ') $$;

ALTER TABLE events_catalog ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, name), 'A')
        || setweight(to_tsvector('english'::regconfig, events_catalog_words(tags)), 'B')
        || setweight(to_tsvector('english'::regconfig, venue_name || ' ' || venue_address || ' ' || venue_city), 'C')
        || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'D')
) STORED;

-- Listed events only: a draft is never searched.
CREATE INDEX events_catalog_search ON events_catalog USING gin (search) WHERE published;
CREATE INDEX events_catalog_tags ON events_catalog USING gin (tags) WHERE published;
CREATE INDEX events_catalog_vendors ON events_catalog USING gin (vendor_ids) WHERE published;
CREATE INDEX events_catalog_city ON events_catalog (lower(venue_city), starts_at) WHERE published;
-- the default listing: upcoming events still published (events_catalog_published_by_start serves the cancelled too)
CREATE INDEX events_catalog_upcoming_by_start ON events_catalog (starts_at, event_id) WHERE status = 'PUBLISHED';
