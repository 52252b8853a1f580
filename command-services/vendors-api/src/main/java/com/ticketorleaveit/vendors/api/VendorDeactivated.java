package com.ticketorleaveit.vendors.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The vendor can no longer be booked; events that booked it keep it, and their organizers are told.
 *
 * @param name the vendor's name, for whoever tells the organizers
 * @param deactivatedBy the user who asked: the vendor's owner or an admin
 * @param byAdmin whether an admin deactivated it (then only an admin reactivates it)
 */
@Revision("1")
public record VendorDeactivated(
        VendorId vendorId, String name, UUID deactivatedBy, boolean byAdmin, Instant deactivatedAt) {}
