package com.ticketorleaveit.events.query.catalog;

import java.util.List;

/** One page of the catalog and how many events it has in all. */
public record EventPage(List<EventSummary> items, int page, int size, long total) {}
