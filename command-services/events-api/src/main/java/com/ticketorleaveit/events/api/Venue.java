package com.ticketorleaveit.events.api;

/** Where an event takes place. */
public record Venue(String name, String address, String city) {}
