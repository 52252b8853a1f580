package com.ticketorleaveit.vendors.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The vendor can be booked again. */
@Revision("1")
public record VendorReactivated(VendorId vendorId, UUID reactivatedBy, Instant reactivatedAt) {}
