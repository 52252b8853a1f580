-- The catalog's inverted indexes take each new row at once instead of queueing it in a pending list. With the pending
-- list (GIN's default), a burst of new events (an organizer importing a season, a rebuild of the read model) left
-- thousands of rows to be read one by one by every search until a vacuum merged them, and the planner, counting that
-- cost, read the whole table instead: 10,000 fresh events made a search cost 6 ms of database time instead of under 1.
-- Events are written rarely and searched constantly, so the writes pay.
ALTER INDEX events_catalog_search SET (fastupdate = off);
ALTER INDEX events_catalog_tags SET (fastupdate = off);
ALTER INDEX events_catalog_vendors SET (fastupdate = off);

SELECT gin_clean_pending_list('events_catalog_search'::regclass);
SELECT gin_clean_pending_list('events_catalog_tags'::regclass);
SELECT gin_clean_pending_list('events_catalog_vendors'::regclass);
