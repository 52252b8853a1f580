package com.ticketorleaveit.events.api;

/** What kind of event it is. */
public enum EventType {
    CONCERT,
    CONFERENCE,
    WORKSHOP,
    OTHER
}
