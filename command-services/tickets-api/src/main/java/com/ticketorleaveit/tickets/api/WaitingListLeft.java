package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A waiting customer left the tier's waiting list before any seat was offered to them. */
@Revision("1")
public record WaitingListLeft(UUID tierId, UUID eventId, UUID entryId, UUID customerId) {}
