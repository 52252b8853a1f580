package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A user may check tickets in at the event's door. */
@Revision("1")
public record DoorStaffGranted(UUID eventId, UUID userId, UUID grantedBy) {}
