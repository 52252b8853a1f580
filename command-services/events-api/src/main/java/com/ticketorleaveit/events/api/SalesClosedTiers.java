package com.ticketorleaveit.events.api;

import java.util.List;

/** The tiers of an event whose sales are closed. */
public record SalesClosedTiers(List<TierId> tierIds) {}
