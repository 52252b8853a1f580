package com.ticketorleaveit.events.api;

/** A ticket tier: price in minor units of an ISO 4217 currency, seats, and the most one order may buy. */
public record Tier(TierId tierId, String name, long priceMinor, String currency, int capacity, int perOrderLimit) {}
