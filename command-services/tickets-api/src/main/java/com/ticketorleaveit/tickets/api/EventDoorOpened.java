package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An event's door exists: its organizer may check tickets in and grant door staff. */
@Revision("1")
public record EventDoorOpened(UUID eventId, UUID organizerUserId) {}
